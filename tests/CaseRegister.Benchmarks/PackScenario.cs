using System.Globalization;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Data;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Benchmarks;

// SPEC §5: the full aggregate pack ≤ 5 s at national scale, ≤ 0.5 s at study scale (250 cases).
// "Full" = what the coordinator's release does (AnalysisPackService.ReleaseAsync): load the facts,
// build every table of the catalogue, disclosure control against the release ledger, CSV + XLSX +
// HTML, the ledger entry and the audit entry; all cohorts, all waves. Then its parts (load, build,
// protect, write) for the notes.
// Baselines: (1) the pack's counts in hand-written SQL: GROUP BY queries for enrolment,
// participation, wave status, the youth answers' distributions, advice and codes (counting only:
// no suppression, no files — the lower bound); (2) family 1 alone, the pack's enrolment path
// against four GROUP BY queries, as the pack tests measured it before.
public static class PackScenario
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static async Task RunAsync(BenchStudy study, Report report, int runs, double targetSeconds)
    {
        await using var app = await study.StartAppAsync();
        var services = app.Services;
        async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> body)
        {
            await using var scope = services.CreateAsyncScope();
            return await body(scope.ServiceProvider);
        }

        var labels = await Scoped(async sp => (await PackQueries.AvailableWavesAsync(sp.GetRequiredService<CaseRegisterDbContext>())).Select(w => w.Label).ToList());
        var selection = new PackSelection(study.Info.CohortYears, labels);
        var codebook = services.GetRequiredService<StudyFiles>().Protocols.Codebook;

        var full = await Measure.TimeAsync(1, runs, _ => Scoped(sp => sp.GetRequiredService<AnalysisPackService>().ReleaseAsync(
            new PackRequest(selection, PackFormat.All, CsvDialect.Standard, Dutch, "benchmark"))));

        PackData? data = null;
        var load = await Measure.TimeAsync(1, runs, async _ => data = await Scoped(sp => PackQueries.LoadAsync(sp.GetRequiredService<CaseRegisterDbContext>(), selection, codebook)));
        CataloguePack? pack = null;
        var build = await Measure.TimeAsync(1, runs, _ => { pack = CatalogueBuilder.Build(data!); return Task.CompletedTask; });
        ProtectedRelease? release = null;
        var protect = await Measure.TimeAsync(1, runs, _ => { release = DisclosureControl.Protect(pack!.Request, new InMemoryReleaseLedger()); return Task.CompletedTask; });
        var write = await Measure.TimeAsync(1, runs, _ =>
        {
            var built = ReportBuilder.Build(pack!, release!, new ReportContext(1, DateTime.UtcNow, Dutch, k => k));
            PackFiles.Create(built, PackFormat.All, CsvDialect.Standard, Dutch, DateTime.UtcNow);
            return Task.CompletedTask;
        });
        if (data!.Cases.Count != study.Info.Cases || release!.PublishedFigures.Count == 0)
            throw new InvalidOperationException($"The pack covered {data.Cases.Count} of {study.Info.Cases} cases.");

        var sql = await Measure.TimeAsync(1, runs, _ => Scoped(sp => HandWrittenPackAsync(new Sql(sp.GetRequiredService<CaseRegisterDbContext>().Database.GetDbConnection(), study.Provider), study.Info.CohortYears)));
        var family = await Measure.TimeAsync(1, runs, async _ =>
        {
            var facts = await Scoped(sp => PackQueries.LoadAsync(sp.GetRequiredService<CaseRegisterDbContext>(), selection, codebook, enrolmentOnly: true));
            CatalogueBuilder.Build(facts);
        });
        var familySql = await Measure.TimeAsync(1, runs, _ => Scoped(sp => HandWrittenEnrolmentAsync(new Sql(sp.GetRequiredService<CaseRegisterDbContext>().Database.GetDbConnection(), study.Provider), study.Info.CohortYears)));

        var scale = $"{study.Info.Cases:N0} cases, {labels.Count} waves";
        report.Add(new ResultRow($"full aggregate pack, {scale} (median of {runs})", $"≤ {targetSeconds.ToString(CultureInfo.InvariantCulture)} s",
            Measure.Ms(full.P50), Measure.Ms(sql.P50), full.P50 / sql.P50, full.P50 <= targetSeconds * 1000,
            $"load {Measure.Ms(load.P50)}, build {Measure.Ms(build.P50)}, protect {Measure.Ms(protect.P50)}, files {Measure.Ms(write.P50)}; SQL = counting only",
            Measure.Ms(full.CpuP50), full.CpuP50 <= targetSeconds * 1000));
        report.Add(new ResultRow($"pack family 1 (enrolment tables), {scale} (median of {runs})", "ratio ≤ 3×",
            Measure.Ms(family.P50), Measure.Ms(familySql.P50), family.P50 / familySql.P50, null, Cpu: Measure.Ms(family.CpuP50)));
    }

    private static string Population(IReadOnlyList<int> years) =>
        $"c.\"CohortId\" IN (SELECT k.\"Id\" FROM \"Cohorts\" k WHERE k.\"Year\" IN ({string.Join(",", years)})) AND c.\"IsDemo\" = @false " +
        "AND NOT EXISTS (SELECT 1 FROM \"Withdrawals\" x WHERE x.\"CaseId\" = c.\"Id\" AND x.\"Scope\" = 'EraseEverything')";

    // What a developer would write by hand for family 1: four grouped counts.
    private static async Task<int> HandWrittenEnrolmentAsync(Sql sql, IReadOnlyList<int> years)
    {
        var from = $"FROM \"Cases\" c JOIN \"Cohorts\" k ON k.\"Id\" = c.\"CohortId\" WHERE {Population(years)}";
        string[] queries =
        [
            $"SELECT k.\"Year\", c.\"RegionId\", COUNT(*) {from} GROUP BY k.\"Year\", c.\"RegionId\"",
            $"SELECT k.\"Year\", c.\"Sex\", COUNT(*) {from} GROUP BY k.\"Year\", c.\"Sex\"",
            $"SELECT k.\"Year\", CASE WHEN c.\"AgeAtInclusion\" <= 11 THEN '8-11' WHEN c.\"AgeAtInclusion\" <= 15 THEN '12-15' WHEN c.\"AgeAtInclusion\" <= 17 THEN '16-17' ELSE '18+' END AS band, COUNT(*) {from} GROUP BY 1, 2",
            $"SELECT k.\"Year\", COALESCE((SELECT p.\"Setting\" FROM \"Placements\" p WHERE p.\"CaseId\" = c.\"Id\" AND p.\"StartedOn\" <= c.\"InclusionDate\" ORDER BY p.\"StartedOn\" DESC LIMIT 1), " +
            $"(SELECT p.\"Setting\" FROM \"Placements\" p WHERE p.\"CaseId\" = c.\"Id\" ORDER BY p.\"StartedOn\" LIMIT 1)) AS setting, COUNT(*) {from} GROUP BY 1, 2",
        ];
        var rows = 0;
        foreach (var query in queries) rows += await sql.ReadAsync(query, ("@false", sql.Bool(false)));
        return rows;
    }

    // The pack's counts by hand: family 1 plus participation, wave status, answer distributions
    // per wave and item, advice and codes, all as GROUP BY in the database.
    private static async Task<int> HandWrittenPackAsync(Sql sql, IReadOnlyList<int> years)
    {
        var rows = await HandWrittenEnrolmentAsync(sql, years);
        var population = Population(years);
        var items = string.Join(",", CatalogueBuilder.AnalysedItems.Select(i => $"'{i}'"));
        string[] queries =
        [
            $"SELECT w.\"Label\", i.\"Informant\", COUNT(DISTINCT i.\"CaseId\") FROM \"Interviews\" i JOIN \"Waves\" w ON w.\"Id\" = i.\"WaveId\" JOIN \"Cases\" c ON c.\"Id\" = i.\"CaseId\" WHERE i.\"Status\" = 'Done' AND {population} GROUP BY 1, 2",
            $"SELECT c.\"CohortId\", w.\"Label\", w.\"Status\", COUNT(*) FROM \"Waves\" w JOIN \"Cases\" c ON c.\"Id\" = w.\"CaseId\" WHERE {population} GROUP BY 1, 2, 3",
            $"SELECT w.\"Label\", a.\"ItemId\", a.\"Value\", COUNT(*) FROM \"Answers\" a JOIN \"Interviews\" i ON i.\"Id\" = a.\"InterviewId\" JOIN \"Waves\" w ON w.\"Id\" = i.\"WaveId\" JOIN \"Cases\" c ON c.\"Id\" = i.\"CaseId\" " +
            $"WHERE a.\"ItemId\" IN ({items}) AND a.\"Value\" IS NOT NULL AND a.\"Missing\" IS NULL AND i.\"Informant\" = 'Youth' AND i.\"Status\" = 'Done' AND {population} GROUP BY 1, 2, 3",
            $"SELECT a.\"Category\", a.\"Addressee\", a.\"Followed\", a.\"SituationImproved\", COUNT(DISTINCT a.\"CaseId\") FROM \"Advice\" a JOIN \"Cases\" c ON c.\"Id\" = a.\"CaseId\" WHERE a.\"IsFeedbackOnly\" = @false AND {population} GROUP BY 1, 2, 3, 4",
            $"SELECT w.\"Label\", s.\"CodeId\", COUNT(DISTINCT s.\"CaseId\") FROM \"CodedSegments\" s JOIN \"Waves\" w ON w.\"Id\" = s.\"WaveId\" JOIN \"Cases\" c ON c.\"Id\" = s.\"CaseId\" WHERE {population} GROUP BY 1, 2",
        ];
        foreach (var query in queries) rows += await sql.ReadAsync(query, ("@false", sql.Bool(false)));
        return rows;
    }
}
