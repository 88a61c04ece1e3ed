using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseRegister.Web.Data.Migrations;

// The audit checkpoint of the nightly verification job (Jobs/AuditCheckpoint.cs). Quartz creates
// its own QRTZ_* tables at first start (ProvisionSchema); they are not part of the EF model.
[DbContext(typeof(CaseRegisterDbContext))]
[Migration("20261122120000_Jobs")]
public partial class Jobs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditCheckpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                Seal = table.Column<string>(maxLength: 64, nullable: false),
                VerifiedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditCheckpoints");
    }
}
