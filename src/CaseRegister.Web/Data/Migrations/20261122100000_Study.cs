using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseRegister.Web.Data.Migrations;

// The study: settings, regions and expert teams, cohorts, cases with their persons, placements,
// consents and scans, withdrawals, waves, tasks, contact attempts, interviews and answers, advice,
// qualitative codes, job runs and notifications.
[DbContext(typeof(CaseRegisterDbContext))]
[Migration("20261122100000_Study")]
public partial class Study : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Cohorts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(maxLength: 80, nullable: false),
                Year = table.Column<int>(nullable: false),
                InclusionStart = table.Column<DateOnly>(nullable: false),
                InclusionEnd = table.Column<DateOnly>(nullable: false),
                TargetSize = table.Column<int>(nullable: false),
                IsOpen = table.Column<bool>(nullable: false),
                LastSequence = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedByUserId = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cohorts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ErasedCases",
            columns: table => new
            {
                ResearchCode = table.Column<string>(maxLength: 40, nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                ErasedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ErasedCases", x => x.ResearchCode);
            });

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                JobName = table.Column<string>(maxLength: 80, nullable: false),
                StartedAtUtc = table.Column<DateTime>(nullable: false),
                FinishedAtUtc = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(maxLength: 40, nullable: false),
                Counts = table.Column<string>(maxLength: 2000, nullable: true),
                Message = table.Column<string>(maxLength: 2000, nullable: true),
                Instance = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JobRuns", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Role = table.Column<string>(maxLength: 40, nullable: true),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                Link = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ReadAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Regions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Landsdeel = table.Column<string>(maxLength: 120, nullable: false),
                InStudy = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Regions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "StudySettings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StudyName = table.Column<string>(maxLength: 200, nullable: false),
                ResearchCodePrefix = table.Column<string>(maxLength: 8, nullable: false),
                StudyStart = table.Column<DateOnly>(nullable: false),
                DurationYears = table.Column<int>(nullable: false),
                FollowUpIntervalMonths = table.Column<int>(nullable: false),
                ContactWindowWeeks = table.Column<int>(nullable: false),
                BaselineDeadlineWeeks = table.Column<int>(nullable: false),
                DisclosureThreshold = table.Column<int>(nullable: false),
                IdentityRetentionMonths = table.Column<int>(nullable: false),
                ResearchRetentionYears = table.Column<int>(nullable: false),
                CoordinatorName = table.Column<string>(maxLength: 200, nullable: false),
                CoordinatorContact = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedByUserId = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StudySettings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ExpertTeams",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegionId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 160, nullable: false),
                IsActive = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExpertTeams", x => x.Id);
                table.ForeignKey(name: "FK_ExpertTeams_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Cases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ResearchCode = table.Column<string>(maxLength: 40, nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                RegionId = table.Column<Guid>(nullable: false),
                ExpertTeamId = table.Column<Guid>(nullable: false),
                ExpertTeamDiscussedOn = table.Column<DateOnly>(nullable: false),
                InclusionDate = table.Column<DateOnly>(nullable: false),
                AgeAtInclusion = table.Column<int>(nullable: false),
                Sex = table.Column<string>(maxLength: 40, nullable: false),
                AssignedInterviewerId = table.Column<Guid>(nullable: true),
                EndedOn = table.Column<DateOnly>(nullable: true),
                IsDemo = table.Column<bool>(nullable: false),
                ConsentState = table.Column<string>(maxLength: 40, nullable: false),
                BlindIndex = table.Column<int>(nullable: true),
                DateOfBirth = table.Column<string>(nullable: true),
                IdentityErasedAtUtc = table.Column<DateTime>(nullable: true),
                DuplicateOverrideReason = table.Column<string>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedByUserId = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cases", x => x.Id);
                table.ForeignKey(name: "FK_Cases_Cohorts_CohortId", column: x => x.CohortId, principalTable: "Cohorts", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Cases_ExpertTeams_ExpertTeamId", column: x => x.ExpertTeamId, principalTable: "ExpertTeams", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Cases_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Advice",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                WaveId = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 40, nullable: false),
                Addressee = table.Column<string>(maxLength: 40, nullable: false),
                IsFeedbackOnly = table.Column<bool>(nullable: false),
                Text = table.Column<string>(nullable: true),
                GivenOn = table.Column<DateOnly>(nullable: false),
                FollowUpWaveId = table.Column<Guid>(nullable: true),
                Followed = table.Column<string>(maxLength: 40, nullable: true),
                SituationImproved = table.Column<string>(maxLength: 40, nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Advice", x => x.Id);
                table.ForeignKey(name: "FK_Advice_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Assignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                InterviewerId = table.Column<Guid>(nullable: false),
                AssignedAtUtc = table.Column<DateTime>(nullable: false),
                AssignedByUserId = table.Column<Guid>(nullable: true),
                EndedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Assignments", x => x.Id);
                table.ForeignKey(name: "FK_Assignments_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CasePersons",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                Name = table.Column<string>(nullable: true),
                Relation = table.Column<string>(nullable: true),
                Address = table.Column<string>(nullable: true),
                Phone = table.Column<string>(nullable: true),
                Email = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CasePersons", x => x.Id);
                table.ForeignKey(name: "FK_CasePersons_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CaseTasks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                WaveId = table.Column<Guid>(nullable: true),
                MilestoneAge = table.Column<int>(nullable: true),
                DueOn = table.Column<DateOnly>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                ConsentBlocked = table.Column<bool>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ClosedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseTasks", x => x.Id);
                table.ForeignKey(name: "FK_CaseTasks_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CodedSegments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                WaveId = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: true),
                ItemId = table.Column<string>(maxLength: 80, nullable: true),
                CodeId = table.Column<string>(maxLength: 80, nullable: false),
                Memo = table.Column<string>(nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CodedSegments", x => x.Id);
                table.ForeignKey(name: "FK_CodedSegments_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConsentScans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                ContentType = table.Column<string>(maxLength: 40, nullable: false),
                SizeBytes = table.Column<int>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                UploadedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsentScans", x => x.Id);
                table.ForeignKey(name: "FK_ConsentScans_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContactAttempts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                WaveId = table.Column<Guid>(nullable: true),
                OccurredOn = table.Column<DateOnly>(nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                Outcome = table.Column<string>(maxLength: 40, nullable: false),
                NextAttemptOn = table.Column<DateOnly>(nullable: true),
                Note = table.Column<string>(nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactAttempts", x => x.Id);
                table.ForeignKey(name: "FK_ContactAttempts_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Placements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Setting = table.Column<string>(maxLength: 40, nullable: false),
                StartedOn = table.Column<DateOnly>(nullable: false),
                AgeAtStart = table.Column<int>(nullable: false),
                WaveId = table.Column<Guid>(nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Placements", x => x.Id);
                table.ForeignKey(name: "FK_Placements_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Waves",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(maxLength: 8, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                MonthsAfterBaseline = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                WindowOpensOn = table.Column<DateOnly>(nullable: false),
                WindowClosesOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: true),
                ConsentBlocked = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Waves", x => x.Id);
                table.ForeignKey(name: "FK_Waves_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Withdrawals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                WithdrawnOn = table.Column<DateOnly>(nullable: false),
                WithdrawnBy = table.Column<string>(maxLength: 40, nullable: false),
                Scope = table.Column<string>(maxLength: 40, nullable: false),
                IsObjection = table.Column<bool>(nullable: false),
                AgeAtWithdrawal = table.Column<int>(nullable: false),
                Reason = table.Column<string>(nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Withdrawals", x => x.Id);
                table.ForeignKey(name: "FK_Withdrawals_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConsentRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                TemplateId = table.Column<string>(maxLength: 80, nullable: false),
                TemplateVersion = table.Column<int>(nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                TemplateSha256 = table.Column<string>(maxLength: 64, nullable: false),
                GivenOn = table.Column<DateOnly>(nullable: false),
                AgeOfYouthAtConsent = table.Column<int>(nullable: false),
                Method = table.Column<string>(maxLength: 40, nullable: false),
                ObtainedByUserId = table.Column<Guid>(nullable: true),
                ScanId = table.Column<Guid>(nullable: true),
                WithdrawnOn = table.Column<DateOnly>(nullable: true),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                table.ForeignKey(name: "FK_ConsentRecords_CasePersons_PersonId", column: x => x.PersonId, principalTable: "CasePersons", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_ConsentRecords_Cases_CaseId", column: x => x.CaseId, principalTable: "Cases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Interviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                WaveId = table.Column<Guid>(nullable: false),
                Informant = table.Column<string>(maxLength: 40, nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                ProtocolId = table.Column<string>(maxLength: 80, nullable: false),
                ProtocolVersion = table.Column<int>(nullable: false),
                InterviewedOn = table.Column<DateOnly>(nullable: true),
                AgeOfYouth = table.Column<int>(nullable: true),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedByUserId = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Interviews", x => x.Id);
                table.ForeignKey(name: "FK_Interviews_Waves_WaveId", column: x => x.WaveId, principalTable: "Waves", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Answers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InterviewId = table.Column<Guid>(nullable: false),
                ItemId = table.Column<string>(maxLength: 80, nullable: false),
                Value = table.Column<string>(maxLength: 400, nullable: true),
                Missing = table.Column<string>(maxLength: 40, nullable: true),
                Text = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Answers", x => x.Id);
                table.ForeignKey(name: "FK_Answers_Interviews_InterviewId", column: x => x.InterviewId, principalTable: "Interviews", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Advice_CaseId_WaveId", table: "Advice", columns: new[] { "CaseId", "WaveId" });
        migrationBuilder.CreateIndex(name: "IX_Answers_InterviewId_ItemId", table: "Answers", columns: new[] { "InterviewId", "ItemId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_Answers_ItemId", table: "Answers", column: "ItemId");
        migrationBuilder.CreateIndex(name: "IX_Assignments_CaseId", table: "Assignments", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_CasePersons_CaseId", table: "CasePersons", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_Cases_AssignedInterviewerId_Status", table: "Cases", columns: new[] { "AssignedInterviewerId", "Status" });
        migrationBuilder.CreateIndex(name: "IX_Cases_BlindIndex", table: "Cases", column: "BlindIndex");
        migrationBuilder.CreateIndex(name: "IX_Cases_CohortId_Status", table: "Cases", columns: new[] { "CohortId", "Status" });
        migrationBuilder.CreateIndex(name: "IX_Cases_ExpertTeamId", table: "Cases", column: "ExpertTeamId");
        migrationBuilder.CreateIndex(name: "IX_Cases_RegionId", table: "Cases", column: "RegionId");
        migrationBuilder.CreateIndex(name: "IX_Cases_ResearchCode", table: "Cases", column: "ResearchCode", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CaseTasks_CaseId_Kind_WaveId_MilestoneAge", table: "CaseTasks", columns: new[] { "CaseId", "Kind", "WaveId", "MilestoneAge" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_CaseTasks_State", table: "CaseTasks", column: "State");
        migrationBuilder.CreateIndex(name: "IX_CodedSegments_CaseId_WaveId", table: "CodedSegments", columns: new[] { "CaseId", "WaveId" });
        migrationBuilder.CreateIndex(name: "IX_CodedSegments_CodeId", table: "CodedSegments", column: "CodeId");
        migrationBuilder.CreateIndex(name: "IX_Cohorts_Label", table: "Cohorts", column: "Label", unique: true);
        migrationBuilder.CreateIndex(name: "IX_ConsentRecords_CaseId", table: "ConsentRecords", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_ConsentRecords_PersonId", table: "ConsentRecords", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_ConsentScans_CaseId", table: "ConsentScans", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_ContactAttempts_CaseId_OccurredOn", table: "ContactAttempts", columns: new[] { "CaseId", "OccurredOn" });
        migrationBuilder.CreateIndex(name: "IX_ExpertTeams_RegionId", table: "ExpertTeams", column: "RegionId");
        migrationBuilder.CreateIndex(name: "IX_Interviews_CaseId", table: "Interviews", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_Interviews_WaveId", table: "Interviews", column: "WaveId");
        migrationBuilder.CreateIndex(name: "IX_JobRuns_JobName_StartedAtUtc", table: "JobRuns", columns: new[] { "JobName", "StartedAtUtc" });
        migrationBuilder.CreateIndex(name: "IX_Notifications_UserId_ReadAtUtc", table: "Notifications", columns: new[] { "UserId", "ReadAtUtc" });
        migrationBuilder.CreateIndex(name: "IX_Placements_CaseId_StartedOn", table: "Placements", columns: new[] { "CaseId", "StartedOn" });
        migrationBuilder.CreateIndex(name: "IX_Regions_Name", table: "Regions", column: "Name", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Waves_CaseId_Label", table: "Waves", columns: new[] { "CaseId", "Label" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_Waves_Status_WindowOpensOn", table: "Waves", columns: new[] { "Status", "WindowOpensOn" });
        migrationBuilder.CreateIndex(name: "IX_Withdrawals_CaseId", table: "Withdrawals", column: "CaseId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Answers");
        migrationBuilder.DropTable(name: "Interviews");
        migrationBuilder.DropTable(name: "ConsentRecords");
        migrationBuilder.DropTable(name: "Withdrawals");
        migrationBuilder.DropTable(name: "Waves");
        migrationBuilder.DropTable(name: "Placements");
        migrationBuilder.DropTable(name: "ContactAttempts");
        migrationBuilder.DropTable(name: "ConsentScans");
        migrationBuilder.DropTable(name: "CodedSegments");
        migrationBuilder.DropTable(name: "CaseTasks");
        migrationBuilder.DropTable(name: "CasePersons");
        migrationBuilder.DropTable(name: "Assignments");
        migrationBuilder.DropTable(name: "Advice");
        migrationBuilder.DropTable(name: "Cases");
        migrationBuilder.DropTable(name: "ExpertTeams");
        migrationBuilder.DropTable(name: "StudySettings");
        migrationBuilder.DropTable(name: "Regions");
        migrationBuilder.DropTable(name: "Notifications");
        migrationBuilder.DropTable(name: "JobRuns");
        migrationBuilder.DropTable(name: "ErasedCases");
        migrationBuilder.DropTable(name: "Cohorts");
    }
}
