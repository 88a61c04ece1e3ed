using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Study;

public class StudySettingsTests(StudySettingsTests.Host host) : IClassFixture<StudySettingsTests.Host>
{
    public sealed class Host : AppFactory;

    private static Dictionary<string, string> Valid(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.StudyName"] = "Leren van casuïstiek",
            ["Input.ResearchCodePrefix"] = "ZW",
            ["Input.StudyStart"] = "2026-01-01",
            ["Input.DurationYears"] = "4",
            ["Input.FollowUpIntervalMonths"] = "6",
            ["Input.ContactWindowWeeks"] = "6",
            ["Input.BaselineDeadlineWeeks"] = "8",
            ["Input.DisclosureThreshold"] = "10",
            ["Input.IdentityRetentionMonths"] = "12",
            ["Input.ResearchRetentionYears"] = "15",
            ["Input.CoordinatorName"] = "Dr. A. de Wit",
            ["Input.CoordinatorContact"] = "010-1234567, onderzoek@example.org",
        };
        change?.Invoke(fields);
        return fields;
    }

    private async Task<TestBrowser> CoordinatorAsync() => await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator));

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestBrowser.ParseAsync(response);
    }

    private static string ErrorFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    private Task<Web.Domain.Model.StudySettings> StoredAsync() =>
        host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().StudySettings.AsNoTracking().SingleAsync());

    [Fact]
    public async Task A_disclosure_threshold_of_4_is_refused_with_a_message_naming_the_field_and_the_input_kept()
    {
        var browser = await CoordinatorAsync();

        var page = await RefusedAsync(await browser.SubmitAsync("/Study", Valid(f => f["Input.DisclosureThreshold"] = "4")));

        Assert.Contains("Drempel voor kleine aantallen", ErrorFor(page, "Input.DisclosureThreshold"), StringComparison.Ordinal);
        Assert.Contains("Onder 5 is nooit toegestaan", ErrorFor(page, "Input.DisclosureThreshold"), StringComparison.Ordinal);
        Assert.Equal("4", ((IHtmlInputElement)page.QuerySelector("input[name='Input.DisclosureThreshold']")!).Value);
        Assert.Equal("Dr. A. de Wit", ((IHtmlInputElement)page.QuerySelector("input[name='Input.CoordinatorName']")!).Value);
        Assert.NotEqual(4, (await StoredAsync()).DisclosureThreshold);
    }

    [Fact]
    public async Task A_follow_up_interval_of_0_is_refused()
    {
        var browser = await CoordinatorAsync();

        var page = await RefusedAsync(await browser.SubmitAsync("/Study", Valid(f => f["Input.FollowUpIntervalMonths"] = "0")));

        Assert.Contains("Interval tussen de vervolgmetingen", ErrorFor(page, "Input.FollowUpIntervalMonths"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zw")]
    [InlineData("Z")]
    [InlineData("ZW1")]
    [InlineData("ABCDEFG")]
    public async Task A_prefix_that_is_not_2_to_6_capitals_is_refused(string prefix)
    {
        var browser = await CoordinatorAsync();

        var page = await RefusedAsync(await browser.SubmitAsync("/Study", Valid(f => f["Input.ResearchCodePrefix"] = prefix)));

        Assert.Contains("2 tot 6 hoofdletters", ErrorFor(page, "Input.ResearchCodePrefix"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_window_that_makes_consecutive_waves_overlap_is_refused_with_the_largest_window_that_fits()
    {
        var browser = await CoordinatorAsync();

        // Two months span at least 59 days; windows of 5 weeks either side need 70.
        var page = await RefusedAsync(await browser.SubmitAsync("/Study", Valid(f => { f["Input.FollowUpIntervalMonths"] = "2"; f["Input.ContactWindowWeeks"] = "5"; })));

        var message = ErrorFor(page, "Input.ContactWindowWeeks");
        Assert.Contains("overlappen", message, StringComparison.Ordinal);
        Assert.Contains("hoogstens 4 weken", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_non_numeric_field_is_refused_naming_the_field()
    {
        var browser = await CoordinatorAsync();

        var page = await RefusedAsync(await browser.SubmitAsync("/Study", Valid(f => { f["Input.DurationYears"] = ""; f["Input.BaselineDeadlineWeeks"] = "acht"; })));

        Assert.Contains("looptijd", ErrorFor(page, "Input.DurationYears"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Termijn voor de 0-meting", ErrorFor(page, "Input.BaselineDeadlineWeeks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_are_saved_and_audited_without_the_coordinators_name()
    {
        var browser = await CoordinatorAsync();

        var response = await browser.SubmitAsync("/Study", Valid(f => { f["Input.DisclosureThreshold"] = "11"; f["Input.CoordinatorName"] = "Dr. B. Zwart"; }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync();
        Assert.Equal(11, stored.DisclosureThreshold);
        Assert.Equal("ZW", stored.ResearchCodePrefix);
        Assert.Equal("Dr. B. Zwart", stored.CoordinatorName);
        var entry = await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.Action == "study.settings").OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Contains("DisclosureThreshold", entry.Details, StringComparison.Ordinal);
        Assert.Contains("CoordinatorName changed", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwart", entry.Details, StringComparison.Ordinal);
        var page = await browser.PageAsync("/Study");
        Assert.Contains("De studie-instellingen zijn opgeslagen.", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_save_over_a_newer_version_gets_a_conflict_and_loses_nothing()
    {
        var first = await CoordinatorAsync();
        var second = await CoordinatorAsync();
        // Both open the form; the second browser keeps the version it saw.
        var seen = await second.PageAsync("/Study");
        var seenVersion = ((IHtmlInputElement)seen.QuerySelector("input[name='Input.Version']")!).Value;

        var saved = await first.SubmitAsync("/Study", Valid(f => f["Input.IdentityRetentionMonths"] = "24"));
        var conflict = await second.SubmitAsync("/Study", Valid(f => { f["Input.IdentityRetentionMonths"] = "36"; f["Input.Version"] = seenVersion; }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await RefusedAsync(conflict);
        Assert.Contains("Iemand anders heeft de studie-instellingen opgeslagen", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(24, (await StoredAsync()).IdentityRetentionMonths);
        Assert.Equal("36", ((IHtmlInputElement)page.QuerySelector("input[name='Input.IdentityRetentionMonths']")!).Value);
        var comparison = page.QuerySelector("section.warning table")!.TextContent;
        Assert.Contains("24", comparison, StringComparison.Ordinal);
        Assert.Contains("36", comparison, StringComparison.Ordinal);

        // Having seen both, the second coordinator saves deliberately: the page carries the new version.
        var resaved = await second.PostAsync("/Study", Valid(f =>
        {
            f["Input.IdentityRetentionMonths"] = "36";
            f["Input.Version"] = ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value;
            f["__RequestVerificationToken"] = ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        }));
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal(36, (await StoredAsync()).IdentityRetentionMonths);
    }

    [Fact]
    public async Task The_page_says_that_existing_waves_are_not_re_planned()
    {
        var page = await (await CoordinatorAsync()).PageAsync("/Study");

        Assert.Contains("niet automatisch opnieuw gepland", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
