using System.Net;
using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.AnalysisPack;

// Demonstration cases count only in a register that has nothing else (and the report then says
// so); a register without cases or waves still gives the enrolment tables.
public class DemoAndEmptyRegisterTests
{
    private static readonly PackSelection Cohort2026 = new([2026], []);
    private static readonly CategoryKey All = CategoryKey.All;

    [Fact]
    public async Task A_register_with_only_demonstration_cases_analyses_them_and_says_so()
    {
        using var host = new PackHost();
        await AddCasesAsync(host, 12, demo: true);

        var release = await host.ReleaseAsync(PackFormat.Html, Cohort2026);

        Assert.Equal(12, Total(release));
        var html = Encoding.UTF8.GetString(release.Files.Single().Content);
        Assert.Contains("<p class=\"demo\" role=\"note\">Let op: dit pakket is gemaakt uit demonstratiegegevens", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demonstration_cases_are_left_out_as_soon_as_there_is_a_real_case()
    {
        using var host = new PackHost();
        await AddCasesAsync(host, 12, demo: true);
        await AddCasesAsync(host, 1, demo: false, offset: 100);

        var release = await host.ReleaseAsync(PackFormat.Html, Cohort2026);

        Assert.Equal(1, Total(release));
        Assert.DoesNotContain("demonstratiegegevens", Encoding.UTF8.GetString(release.Files.Single().Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_cases_or_waves_the_page_still_gives_the_enrolment_tables()
    {
        using var host = new PackHost();
        await AddCasesAsync(host, 0, demo: false);
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));

        var response = await FormPost.SubmitAsync(browser, "/Analyses", [("Input.Cohorts", "2026"), ("Input.Format", "csv")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = PackReader.Unzip(await response.Content.ReadAsByteArrayAsync()).Select(e => e.Name).ToList();
        Assert.Contains("1a-enrolment-region.csv", names);
        Assert.Contains("7a-turning-18.csv", names);
        Assert.DoesNotContain("2a-wave-status.csv", names);
    }

    private static int Total(PackRelease release) => release.Protected.CountTable("1c-enrolment-age").Single.Cells.Single(c => c.Category == All).TrueValue;

    // The host is used without its fixed study (InitializeAsync is not called): only a cohort and,
    // if asked, cases without waves.
    private static Task AddCasesAsync(AppFactory host, int count, bool demo, int offset = 0) => host.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Year == 2026);
        if (cohort is null)
        {
            cohort = new Cohort { Id = Guid.NewGuid(), Label = "Cohort 2026", Year = 2026, InclusionStart = new(2026, 1, 1), InclusionEnd = new(2026, 12, 31), IsOpen = true };
            db.Cohorts.Add(cohort);
        }
        var region = await db.Regions.Include(r => r.ExpertTeams).FirstAsync(r => r.InStudy);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            db.Cases.Add(new Case
            {
                Id = id, ResearchCode = $"DEMO-{offset + i:D3}", CohortId = cohort.Id, Status = CaseStatus.Active, RegionId = region.Id,
                ExpertTeamId = region.ExpertTeams[0].Id, ExpertTeamDiscussedOn = new(2026, 2, 1), InclusionDate = new(2026, 3, 1), AgeAtInclusion = 14,
                Sex = Sex.Female, IsDemo = demo,
            });
            db.Placements.Add(new Placement { Id = Guid.NewGuid(), CaseId = id, Setting = CareSetting.Jji, StartedOn = new(2026, 2, 1), AgeAtStart = 14 });
        }
        await db.SaveChangesAsync();
    });
}
