using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Study;

// The same behaviour on the database server used for scale-out (needs ./test.sh's server).
public class StudyPostgresTests
{
    [Fact]
    public async Task Demo_data_works_on_PostgreSQL_and_then_refuses_nothing_but_real_data()
    {
        using var app = new AppFactory(DatabaseProvider.Postgres);

        var first = await DemoData.RunAsync(app.Services, new DemoDataOptions(8, Seed: 5), TextWriter.Null);
        var second = await DemoData.RunAsync(app.Services, new DemoDataOptions(4, Seed: 6), TextWriter.Null);

        Assert.Equal(8, first.CaseIds.Count);
        Assert.Equal(4, second.CaseIds.Count);
        var cases = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.AsNoTracking().ToListAsync());
        Assert.Equal(12, cases.Count);
        Assert.All(cases, c => Assert.True(c.IsDemo));
        Assert.Equal(12, cases.Select(c => c.ResearchCode).Distinct().Count());
    }

    [Fact]
    public async Task A_second_save_of_the_study_settings_gets_a_conflict_on_PostgreSQL()
    {
        using var app = new AppFactory(DatabaseProvider.Postgres);
        var first = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var second = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var seen = await second.PageAsync("/Study");
        string Value(IHtmlDocument page, string name) => ((IHtmlInputElement)page.QuerySelector($"input[name='{name}']")!).Value;
        Dictionary<string, string> Fields(IHtmlDocument page, string threshold) => page.QuerySelectorAll("form.settings input[name^='Input.']").OfType<IHtmlInputElement>()
            .ToDictionary(i => i.Name!, i => i.Name == "Input.DisclosureThreshold" ? threshold : i.Name is "Input.CoordinatorName" or "Input.CoordinatorContact" ? "Dr. A. de Wit" : i.Value);

        var saved = await first.SubmitAsync("/Study", Fields(await first.PageAsync("/Study"), "12"));
        var conflict = await second.SubmitAsync("/Study", new Dictionary<string, string>(Fields(seen, "15")) { ["Input.Version"] = Value(seen, "Input.Version") });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Iemand anders heeft de studie-instellingen opgeslagen", (await TestBrowser.ParseAsync(conflict)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(12, await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().StudySettings.Select(s => s.DisclosureThreshold).SingleAsync()));
    }
}
