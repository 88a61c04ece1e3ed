using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseRegister.Web.Data.Migrations;

// The release ledger of the aggregate analysis pack (SPEC §3.2 R10): one row per delivered
// release and one per figure it published.
[DbContext(typeof(CaseRegisterDbContext))]
[Migration("20261122130000_ReleaseLedger")]
public partial class ReleaseLedger : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AnalysisReleases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                PublishedAtUtc = table.Column<DateTime>(nullable: false),
                PublishedByUserId = table.Column<Guid>(nullable: true),
                PublishedBy = table.Column<string>(maxLength: 256, nullable: false),
                Threshold = table.Column<int>(nullable: false),
                CohortSet = table.Column<string>(maxLength: 400, nullable: false),
                Waves = table.Column<string>(maxLength: 400, nullable: false),
                Format = table.Column<string>(maxLength: 16, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                DemoData = table.Column<bool>(nullable: false),
                TableIds = table.Column<string>(maxLength: 4000, nullable: false),
                FigureCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnalysisReleases", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PublishedFigures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReleaseId = table.Column<Guid>(nullable: false),
                TableId = table.Column<string>(maxLength: 80, nullable: false),
                CohortSet = table.Column<string>(maxLength: 400, nullable: false),
                Wave = table.Column<string>(maxLength: 40, nullable: false),
                CategoryKey = table.Column<string>(maxLength: 400, nullable: false),
                IsCount = table.Column<bool>(nullable: false),
                TrueValue = table.Column<double>(nullable: false),
                Display = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublishedFigures", x => x.Id);
                table.ForeignKey(name: "FK_PublishedFigures_AnalysisReleases_ReleaseId", column: x => x.ReleaseId, principalTable: "AnalysisReleases", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_AnalysisReleases_Sequence", table: "AnalysisReleases", column: "Sequence", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PublishedFigures_ReleaseId", table: "PublishedFigures", column: "ReleaseId");
        migrationBuilder.CreateIndex(name: "IX_PublishedFigures_TableId_CohortSet", table: "PublishedFigures", columns: new[] { "TableId", "CohortSet" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PublishedFigures");
        migrationBuilder.DropTable(name: "AnalysisReleases");
    }
}
