using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseRegister.Web.Data.Migrations;

// One cohort per inclusion year (SPEC §2.1), enforced by the database as well as by the page.
[DbContext(typeof(CaseRegisterDbContext))]
[Migration("20261122160000_CohortYear")]
public partial class CohortYear : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_Cohorts_Year", table: "Cohorts", column: "Year", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Cohorts_Year", table: "Cohorts");
    }
}
