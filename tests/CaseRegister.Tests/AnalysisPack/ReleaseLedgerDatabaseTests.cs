using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// R10 with the ledger in the database: what one release published is what the next is checked
// against, and two releases computed at the same time cannot both be recorded.
public class ReleaseLedgerDatabaseTests
{
    private static readonly CategoryKey YoungIn2025 = CategoryKey.Of("cohort", "2025").With("ageband", "8-11");

    [Fact]
    public async Task A_cell_that_moved_by_less_than_the_threshold_since_the_last_release_is_withheld()
    {
        using var host = new PackHost();
        await host.InitializeAsync();
        var first = await host.ReleaseAsync(PackFormat.Csv);
        var before = Cell(first, "1c-enrolment-age", YoungIn2025);
        Assert.True(before.IsPublished);

        await AddYouthsAsync(host, 3, age: 9);
        var second = await host.ReleaseAsync(PackFormat.Csv);

        var after = Cell(second, "1c-enrolment-age", YoungIn2025);
        Assert.Equal(before.TrueValue + 3, after.TrueValue);
        Assert.Equal(CellStatus.DifferencingSuppressed, after.Status);
        Assert.Equal("x", after.Display);
        // Withheld in every table of the release (R10a: 7a shares the cohort totals) and, being
        // withheld, not in the ledger as published by release 2.
        await host.WithDbAsync(async db =>
        {
            var releases = await db.Set<AnalysisRelease>().OrderBy(r => r.Sequence).Select(r => new { r.Id, r.Sequence }).ToListAsync();
            Assert.Equal([1, 2], releases.Select(r => r.Sequence));
            var key = YoungIn2025.Value;
            Assert.True(await db.Set<PublishedFigure>().AnyAsync(f => f.ReleaseId == releases[0].Id && f.TableId == "1c-enrolment-age" && f.CategoryKey == key));
            Assert.False(await db.Set<PublishedFigure>().AnyAsync(f => f.ReleaseId == releases[1].Id && f.TableId == "1c-enrolment-age" && f.CategoryKey == key));
        });
    }

    [Fact]
    public async Task An_unchanged_study_gives_the_same_figures_in_the_next_release()
    {
        using var host = new PackHost();
        await host.InitializeAsync();
        var first = await host.ReleaseAsync(PackFormat.Csv);
        var second = await host.ReleaseAsync(PackFormat.Csv);

        Assert.Equal(2, second.Number);
        Assert.Equal(first.Protected.PublishedFigures.Select(f => (f.Key, f.Display)), second.Protected.PublishedFigures.Select(f => (f.Key, f.Display)));
    }

    [Fact]
    public async Task The_ledger_answers_with_the_latest_publication_and_refuses_a_release_computed_against_an_older_state()
    {
        using var host = new AppFactory();
        var key = new LedgerKey("t", "2026", "", "region=North");
        await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseRegisterDbContext>();
            await new DatabaseReleaseLedger(db).RecordAsync(Record(12), Details());
            await new DatabaseReleaseLedger(db).RecordAsync(Record(25), Details());

            var early = new DatabaseReleaseLedger(db);
            var late = new DatabaseReleaseLedger(db);
            Assert.Equal(25, early.FindPublished([key])[key].TrueValue);
            Assert.Equal(2, late.BasedOnSequence);
            await late.RecordAsync(Record(26), Details());

            await Assert.ThrowsAsync<ReleaseConflictException>(() => early.RecordAsync(Record(30), Details()));
            Assert.Equal(26, new DatabaseReleaseLedger(db).FindPublished([key])[key].TrueValue);
            return 0;
        });

        ReleaseRecord Record(int value) => new(Guid.NewGuid().ToString(), new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), "test", 10, ["t"],
            [new LedgerEntry(key, true, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        static ReleaseDetails Details() => new(null, "2026", ["T0"], "csv", "nl", false);
    }

    [Fact]
    public async Task On_PostgreSQL_the_pack_has_exactly_the_approved_figures()
    {
        using var host = new PostgresHost();
        await host.InitializeAsync();

        var release = await host.ReleaseAsync(PackFormat.Csv);

        Approvals.VerifyFile(PackReader.Csv(release.Files[0].Content), Path.Combine(RepoPaths.Root, "tests", "CaseRegister.Tests", "AnalysisPack"),
            "PackSnapshotTests.The_first_release_of_the_fixed_study_matches_the_approved_csv_xlsx_and_html_csv", "txt", approve: false);
    }

    private sealed class PostgresHost() : PackHost(DatabaseProvider.Postgres);

    private static ProtectedCell Cell(PackRelease release, string table, CategoryKey category) =>
        release.Protected.CountTable(table).Single.Cells.Single(c => c.Category == category);

    private static Task AddYouthsAsync(AppFactory host, int count, int age) => host.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Year == 2025);
        var region = await db.Regions.Include(r => r.ExpertTeams).FirstAsync(r => r.Name == "Haaglanden");
        for (var i = 0; i < count; i++)
        {
            var id = PackDataset.Id(7, i);
            db.Cases.Add(new Case
            {
                Id = id, ResearchCode = $"ZW-2025-2{i:D2}", CohortId = cohort.Id, Status = CaseStatus.Active, RegionId = region.Id,
                ExpertTeamId = region.ExpertTeams[0].Id, ExpertTeamDiscussedOn = new(2025, 5, 1), InclusionDate = new(2025, 6, 1), AgeAtInclusion = age, Sex = Sex.Male,
            });
            db.Placements.Add(new Placement { Id = PackDataset.Id(8, i), CaseId = id, Setting = CareSetting.JeugdzorgPlus, StartedOn = new(2025, 5, 1), AgeAtStart = age });
        }
        await db.SaveChangesAsync();
    });
}
