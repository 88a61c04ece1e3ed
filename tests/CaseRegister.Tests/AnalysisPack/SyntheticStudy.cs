using System.Data.Common;
using System.Globalization;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// A generated study of any size for timing the pack (SPEC §5: 20,000 cases, 8 waves, 3 informants
// ≈ 480,000 interviews). Rows go in through prepared SQL in one transaction, because inserting
// millions of rows through change tracking would take longer than everything measured.
// Values are pseudo-random with a fixed seed.
public static class SyntheticStudy
{
    public const int WavesPerCase = 8;

    private static readonly int[] CohortYears = [2025, 2026];
    private static readonly string[] Informants = ["Youth", "Parent", "Professional"];
    private static readonly string[] Settings = ["JeugdzorgPlus", "Jji", "JGgz", "Obc", "OpenResidential", "SmallScaleLiving", "FamilyHome", "FosterCare", "Home", "IndependentLiving"];
    private static readonly string[] Codes = ["attribution", "truth", "blame", "influence", "recognition", "transition_18_plus", "secure_care_alternatives", "autism_target_group"];
    private static readonly string[] OtherYouthItems = ["wellbeing", "school_feeling", "living_satisfaction", "felt_heard", "feels_safe", "school_situation"];
    private static readonly string[] OtherItems = ["family_cooperation", "cooperation_with_care", "collaboration_quality", "confidence_in_help", "parent_burden", "current_setting", "problem_severity", "strengths"];

    public sealed record Counts(int Cases, int Waves, int Interviews, int Answers);

    public static async Task<Counts> GenerateAsync(AppFactory host, int caseCount)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
        var cohorts = CohortYears.Select(y => new Cohort
        {
            Id = Guid.NewGuid(), Label = $"Cohort {y}", Year = y, InclusionStart = new(y, 1, 1), InclusionEnd = new(y, 12, 31), TargetSize = caseCount / 2,
        }).ToList();
        db.Cohorts.AddRange(cohorts);
        await db.SaveChangesAsync();
        var regions = await db.Regions.Include(r => r.ExpertTeams).Where(r => r.InStudy).ToListAsync();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        // Store GUIDs exactly as EF does on this provider.
        var stored = await Scalar(connection, $"SELECT Id FROM Cohorts WHERE Year = {cohorts[0].Year}");
        var upper = string.Equals(stored, cohorts[0].Id.ToString().ToUpperInvariant(), StringComparison.Ordinal);
        string G(Guid id) => upper ? id.ToString().ToUpperInvariant() : id.ToString();
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        const string When = "2026-01-01 00:00:00";

        await using var transaction = await connection.BeginTransactionAsync();
        var insertCase = Prepare(connection, transaction, "INSERT INTO Cases (Id, ResearchCode, CohortId, Status, RegionId, ExpertTeamId, ExpertTeamDiscussedOn, InclusionDate, AgeAtInclusion, Sex, EndedOn, IsDemo, ConsentState, CreatedAtUtc, UpdatedAtUtc, Version) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,0,'Complete','" + When + "','" + When + "',$12)", 12);
        var insertPlacement = Prepare(connection, transaction, "INSERT INTO Placements (Id, CaseId, Setting, StartedOn, AgeAtStart, RecordedAtUtc) VALUES ($1,$2,$3,$4,$5,'" + When + "')", 5);
        var insertWave = Prepare(connection, transaction, "INSERT INTO Waves (Id, CaseId, Label, Kind, MonthsAfterBaseline, DueOn, WindowOpensOn, WindowClosesOn, Status, CompletedOn, ConsentBlocked) VALUES ($1,$2,$3,$4,$5,$6,$6,$6,$7,$8,0)", 8);
        var insertInterview = Prepare(connection, transaction, "INSERT INTO Interviews (Id, CaseId, WaveId, Informant, Status, ProtocolId, ProtocolVersion, InterviewedOn, AgeOfYouth, CreatedAtUtc, UpdatedAtUtc, Version) VALUES ($1,$2,$3,$4,$5,$6,1,$7,$8,'" + When + "','" + When + "',$9)", 9);
        var insertAnswer = Prepare(connection, transaction, "INSERT INTO Answers (Id, InterviewId, ItemId, Value) VALUES ($1,$2,$3,$4)", 4);
        var insertAdvice = Prepare(connection, transaction, "INSERT INTO Advice (Id, CaseId, WaveId, Category, Addressee, IsFeedbackOnly, GivenOn, Followed, SituationImproved, RecordedAtUtc) VALUES ($1,$2,$3,$4,$5,0,$6,$7,$8,'" + When + "')", 8);
        var insertCode = Prepare(connection, transaction, "INSERT INTO CodedSegments (Id, CaseId, WaveId, CodeId, RecordedAtUtc) VALUES ($1,$2,$3,$4,'" + When + "')", 4);

        var random = new Random(20261122);
        int waves = 0, interviews = 0, answers = 0;
        var today = new DateOnly(2026, 11, 2);
        for (var i = 0; i < caseCount; i++)
        {
            var cohort = cohorts[i % cohorts.Count];
            var region = regions[random.Next(regions.Count)];
            var caseId = Guid.NewGuid();
            // Both cohorts start early enough for most of their eight waves to have happened.
            var inclusion = new DateOnly(cohort.Year - 3, 1, 1).AddDays(random.Next(360));
            var age = 8 + random.Next(14);
            var lost = random.Next(20) == 0;
            var ended = lost ? inclusion.AddMonths(6 + random.Next(30)) : (DateOnly?)null;
            await Run(insertCase, G(caseId), $"SYN-{i:D6}", G(cohort.Id), lost ? "LostToFollowUp" : "Active", G(region.Id), G(region.ExpertTeams[0].Id),
                D(inclusion.AddDays(-14)), D(inclusion), age, random.Next(2) == 0 ? "Female" : "Male", ended is { } e ? D(e) : null, G(Guid.NewGuid()));
            var setting = Settings[random.Next(4)];
            await Run(insertPlacement, G(Guid.NewGuid()), G(caseId), setting, D(inclusion.AddDays(-20)), age);
            if (random.Next(2) == 0)
                await Run(insertPlacement, G(Guid.NewGuid()), G(caseId), Settings[random.Next(Settings.Length)], D(inclusion.AddMonths(4 + random.Next(20))), age + 1);

            for (var w = 0; w < WavesPerCase; w++)
            {
                var waveId = Guid.NewGuid();
                var due = inclusion.AddMonths(6 * w).AddDays(w == 0 ? 28 : 0);
                var status = ended is { } end && due >= end ? "Missed" : due > today ? "Planned" : random.Next(10) == 0 ? "Missed" : "Completed";
                var completed = status == "Completed";
                await Run(insertWave, G(waveId), G(caseId), $"T{6 * w}", w == 0 ? "Baseline" : "FollowUp", 6 * w, D(due), status, completed ? D(due) : null);
                waves++;
                if (completed && w < 3)
                {
                    await Run(insertAdvice, G(Guid.NewGuid()), G(caseId), G(waveId), ((AdviceCategory)random.Next(9)).ToString(), ((AdviceAddressee)random.Next(4)).ToString(),
                        D(due), random.Next(5) == 0 ? null : ((AdviceFollowed)random.Next(4)).ToString(), random.Next(5) == 0 ? null : ((Improvement)random.Next(4)).ToString());
                    await Run(insertCode, G(Guid.NewGuid()), G(caseId), G(waveId), Codes[random.Next(Codes.Length)]);
                }
                var ageNow = age + (6 * w + random.Next(12)) / 12;
                foreach (var informant in Informants)
                {
                    var interviewId = Guid.NewGuid();
                    var protocol = (w == 0 ? "t0-" : "followup-") + informant.ToLowerInvariant();
                    await Run(insertInterview, G(interviewId), G(caseId), G(waveId), informant, completed ? "Done" : "Planned", protocol, completed ? D(due) : null, ageNow, G(Guid.NewGuid()));
                    interviews++;
                    if (!completed) continue;
                    if (informant == "Youth")
                    {
                        setting = random.Next(3) == 0 ? Settings[random.Next(Settings.Length)] : setting;
                        await Answer(Guid.NewGuid(), "problem_severity", random.Next(11));
                        await Answer(Guid.NewGuid(), "strengths", random.Next(11));
                        await Answer(Guid.NewGuid(), "days_in_care_since_last", random.Next(183));
                        await Answer(Guid.NewGuid(), "placements_since_last", random.Next(4));
                        await Answer(Guid.NewGuid(), "current_setting", setting);
                        await Answer(Guid.NewGuid(), w == 0 ? "self_description_score" : "gas_goal1", random.Next(5) - 2);
                        foreach (var item in OtherYouthItems) await Answer(Guid.NewGuid(), item, random.Next(11));
                    }
                    else
                    {
                        foreach (var item in OtherItems) await Answer(Guid.NewGuid(), item, item == "current_setting" ? setting : random.Next(11));
                    }

                    async Task Answer(Guid id, string item, object value)
                    {
                        await Run(insertAnswer, G(id), G(interviewId), item, Convert.ToString(value, CultureInfo.InvariantCulture));
                        answers++;
                    }
                }
            }
        }
        await transaction.CommitAsync();
        await Scalar(connection, "ANALYZE");
        return new Counts(caseCount, waves, interviews, answers);
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var p = 1; p <= parameters; p++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + p.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    // Synchronous on purpose: per-row async calls cost more than the insert itself here.
    private static Task<int> Run(DbCommand command, params object?[] values)
    {
        for (var p = 0; p < values.Length; p++) command.Parameters[p].Value = values[p] ?? DBNull.Value;
        return Task.FromResult(command.ExecuteNonQuery());
    }

    private static async Task<string?> Scalar(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
