using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CasesIndex = CaseRegister.Web.Pages.Cases.IndexModel;

namespace CaseRegister.Benchmarks;

// SPEC §5: the case list p95 ≤ 50 ms server time at national scale. The /Cases page model's own
// OnGetAsync (option lists, count, one page of 50 with cohort, region, interviewer and next wave),
// in a fresh scope per request as the web app runs it; as the coordinator (all 20,000 cases) and
// as an interviewer (their ~500), on the first page and on a filtered page further on.
// Baseline: the same four result sets in hand-written SQL (the page's ids in a subquery, then
// the columns for those 50: the form a developer tuning it by hand would write).
public static class CaseListScenario
{
    private sealed record Variant(string Name, bool AsCoordinator, bool Filtered, int Page);

    public static async Task RunAsync(BenchStudy study, Report report, int runs)
    {
        await using var app = await study.StartAppAsync();
        Guid cohort;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            cohort = await db.Cohorts.OrderBy(c => c.Year).Select(c => c.Id).FirstAsync();
        }
        Variant[] variants =
        [
            new("coordinator, first page", true, false, 1),
            new("coordinator, cohort + status filter, page 10", true, true, 10),
            new("interviewer, first page", false, false, 1),
            new("interviewer, status filter, page 3", false, true, 3),
        ];
        foreach (var variant in variants)
        {
            BenchUser Who(int run) => variant.AsCoordinator
                ? study.Info.Coordinators[run % study.Info.Coordinators.Count]
                : study.Info.Interviewers[run % study.Info.Interviewers.Count];

            var rows = 0;
            var page = await Measure.TimeAsync(5, runs, async run =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var sp = scope.ServiceProvider;
                var model = BenchStudy.Page(new CasesIndex(sp.GetRequiredService<CaseRegisterDbContext>(), sp.GetRequiredService<CaseAccess>()),
                    BenchStudy.Principal(Who(run)), sp);
                model.PageNumber = variant.Page;
                if (variant.Filtered)
                {
                    model.Status = CaseStatus.Active;
                    if (variant.AsCoordinator) model.Cohort = cohort;
                }
                await model.OnGetAsync();
                rows += model.Rows.Count;
            });
            if (rows == 0) throw new InvalidOperationException($"The case list ({variant.Name}) showed no rows.");

            var sql = await Measure.TimeAsync(5, runs, async run =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
                await BaselineAsync(new Sql(db.Database.GetDbConnection(), study.Provider), variant.AsCoordinator ? null : Who(run).Id,
                    variant.Filtered && variant.AsCoordinator ? cohort : null, variant.Filtered, variant.Page);
            });
            report.Add(new ResultRow($"case list: {variant.Name} (p50 / p95)", "p95 ≤ 50 ms", Measure.P50P95(page), Measure.P50P95(sql),
                page.P50 / sql.P50, page.P95 <= 50, Cpu: Measure.CpuP50P95(page), MetOnCpu: page.CpuP95 <= 50));
        }
    }

    private static async Task BaselineAsync(Sql sql, Guid? interviewer, Guid? cohort, bool activeOnly, int page)
    {
        var where = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (interviewer is { } me)
        {
            where.Add("c.\"AssignedInterviewerId\" = @me");
            parameters.Add(("@me", sql.Id(me)));
        }
        if (cohort is { } k)
        {
            where.Add("c.\"CohortId\" = @cohort");
            parameters.Add(("@cohort", sql.Id(k)));
        }
        if (activeOnly) where.Add("c.\"Status\" = 'Active'");
        var filter = string.Join(" AND ", where);

        await sql.ReadAsync("SELECT \"Id\", \"Label\" FROM \"Cohorts\" ORDER BY \"Year\" DESC");
        await sql.ReadAsync("SELECT \"Id\", \"Name\" FROM \"Regions\" ORDER BY \"Name\"");
        await sql.ReadAsync($"SELECT COUNT(*) FROM \"Cases\" c WHERE {filter}", [.. parameters]);
        await sql.ReadAsync($"""
            SELECT c."Id", c."ResearchCode", k."Label", r."Name", c."Status", c."ConsentState", u."DisplayName",
                   (SELECT w."Label" FROM "Waves" w WHERE w."CaseId" = c."Id" AND w."Status" IN ('Planned', 'Due') ORDER BY w."DueOn" LIMIT 1),
                   (SELECT w."DueOn" FROM "Waves" w WHERE w."CaseId" = c."Id" AND w."Status" IN ('Planned', 'Due') ORDER BY w."DueOn" LIMIT 1)
            FROM "Cases" c
            JOIN "Cohorts" k ON k."Id" = c."CohortId"
            JOIN "Regions" r ON r."Id" = c."RegionId"
            LEFT JOIN "AspNetUsers" u ON u."Id" = c."AssignedInterviewerId"
            WHERE c."Id" IN (SELECT c."Id" FROM "Cases" c WHERE {filter} ORDER BY c."ResearchCode" LIMIT 50 OFFSET {(page - 1) * 50})
            ORDER BY c."ResearchCode"
            """, [.. parameters]);
    }
}
