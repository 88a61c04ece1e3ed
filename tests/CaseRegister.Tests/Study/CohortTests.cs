using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Study;

public class CohortTests
{
    private static Dictionary<string, string> NewCohort(int year, string? label = null, string? start = null, string? end = null, string target = "40") => new()
    {
        ["Input.Label"] = label ?? $"Cohort {year}",
        ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.InclusionStart"] = start ?? $"{year}-01-01",
        ["Input.InclusionEnd"] = end ?? $"{year}-12-31",
        ["Input.TargetSize"] = target,
        ["Input.Open"] = "true",
    };

    private static Task<List<Cohort>> CohortsAsync(AppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cohorts.AsNoTracking().OrderBy(c => c.Year).ToListAsync());

    private static string Errors(IHtmlDocument page) => page.QuerySelector(".errors")?.TextContent ?? "";

    [Fact]
    public async Task A_coordinator_creates_an_open_cohort_which_is_listed_and_audited()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await browser.SubmitAsync("/Study/Cohorts", NewCohort(2027));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cohort = Assert.Single(await CohortsAsync(app));
        Assert.Equal(("Cohort 2027", 2027, 40, true), (cohort.Label, cohort.Year, cohort.TargetSize, cohort.IsOpen));
        var row = (await browser.PageAsync("/Study/Cohorts")).QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("01-01-2027 – 31-12-2027", row, StringComparison.Ordinal);
        Assert.Contains("open", row, StringComparison.Ordinal);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("study.cohort.create", actions);
    }

    [Fact]
    public async Task A_second_cohort_for_the_same_year_is_refused_with_a_clear_message()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        await browser.SubmitAsync("/Study/Cohorts", NewCohort(2027));

        var response = await browser.SubmitAsync("/Study/Cohorts", NewCohort(2027, label: "Tweede cohort 2027", start: "2027-07-01"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("Er is al een cohort voor 2027: Cohort 2027", Errors(page), StringComparison.Ordinal);
        Assert.Equal("Tweede cohort 2027", ((IHtmlInputElement)page.QuerySelector("input[name='Input.Label']")!).Value);
        Assert.Single(await CohortsAsync(app));
    }

    [Theory]
    [InlineData("", "2027", "2027-01-01", "2027-12-31", "40", "Vul de naam van het cohort in")]
    [InlineData("Cohort 2027", "2027", "2027-06-01", "2027-05-31", "40", "ligt vóór de eerste dag")]
    [InlineData("Cohort 2027", "2027", "2028-01-01", "2028-12-31", "40", "moet in het inclusiejaar 2027 liggen")]
    [InlineData("Cohort 2027", "2027", "2027-01-01", "2027-12-31", "0", "Streefaantal")]
    [InlineData("Cohort 2027", "", "2027-01-01", "2027-12-31", "40", "Vul het inclusiejaar")]
    public async Task Invalid_cohorts_are_refused_naming_the_field(string label, string year, string start, string end, string target, string message)
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await browser.SubmitAsync("/Study/Cohorts", new()
        {
            ["Input.Label"] = label, ["Input.Year"] = year, ["Input.InclusionStart"] = start, ["Input.InclusionEnd"] = end, ["Input.TargetSize"] = target,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Errors(await TestBrowser.ParseAsync(response)), StringComparison.Ordinal);
        Assert.Empty(await CohortsAsync(app));
    }

    [Fact]
    public async Task An_inclusion_period_overlapping_another_cohort_is_refused()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        await browser.SubmitAsync("/Study/Cohorts", NewCohort(2027, start: "2027-01-01", end: "2028-03-31"));

        var response = await browser.SubmitAsync("/Study/Cohorts", NewCohort(2028));

        Assert.Contains("overlapt met die van Cohort 2027", Errors(await TestBrowser.ParseAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_cohort_stops_enrolment_and_reopening_allows_it_again()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var closed = await browser.SubmitAsync("/Study/Cohorts", new() { ["cohortId"] = place.CohortId.ToString() }, handler: "Close");
        var refused = await StudyData.EnrolAsync(app);
        var reopened = await browser.SubmitAsync("/Study/Cohorts", new() { ["cohortId"] = place.CohortId.ToString() }, handler: "Open");
        var accepted = await StudyData.EnrolAsync(app);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains(refused.Failures, f => f.Field == "Input.CohortId");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.True(accepted.Succeeded);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("study.cohort.close", actions);
        Assert.Contains("study.cohort.open", actions);
        var enrolled = (await browser.PageAsync("/Study/Cohorts")).QuerySelectorAll("tbody tr td")[2].TextContent;
        Assert.Equal("1", enrolled.Trim());
    }

    [Fact]
    public async Task Closing_an_unknown_cohort_is_not_found()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        await browser.SubmitAsync("/Study/Cohorts", NewCohort(2027));

        var response = await browser.SubmitAsync("/Study/Cohorts", new() { ["cohortId"] = Guid.NewGuid().ToString() }, handler: "Close");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(Assert.Single(await CohortsAsync(app)).IsOpen);
    }

    [Fact]
    public async Task With_enrolled_cases_the_year_is_fixed_and_the_period_must_keep_their_inclusion_dates()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app);
        var cohort = Assert.Single(await CohortsAsync(app));
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var path = $"/Study/Cohorts/Edit/{cohort.Id}";

        var otherYear = await browser.SubmitAsync(path, NewCohort(2025, label: cohort.Label, start: "2025-01-01", end: "2025-12-31"));
        var shorter = await browser.SubmitAsync(path, NewCohort(2026, label: cohort.Label, start: "2026-01-01", end: "2026-06-30"));
        var larger = await browser.SubmitAsync(path, NewCohort(2026, label: cohort.Label, target: "60"));

        Assert.Contains("het jaar kan niet meer veranderen", Errors(await TestBrowser.ParseAsync(otherYear)), StringComparison.Ordinal);
        Assert.Contains("de periode moet die data blijven omvatten", Errors(await TestBrowser.ParseAsync(shorter)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, larger.StatusCode);
        var stored = Assert.Single(await CohortsAsync(app));
        Assert.Equal((2026, 60), (stored.Year, stored.TargetSize));
    }

    [Fact]
    public async Task Two_coordinators_editing_one_cohort_the_second_gets_a_conflict()
    {
        using var app = new AppFactory();
        var first = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var second = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        await first.SubmitAsync("/Study/Cohorts", NewCohort(2027));
        var path = $"/Study/Cohorts/Edit/{Assert.Single(await CohortsAsync(app)).Id}";
        var seenVersion = ((IHtmlInputElement)(await second.PageAsync(path)).QuerySelector("input[name='Input.Version']")!).Value;

        await first.SubmitAsync(path, NewCohort(2027, target: "45"));
        var conflict = await second.SubmitAsync(path, new Dictionary<string, string>(NewCohort(2027, target: "55")) { ["Input.Version"] = seenVersion });

        var page = await TestBrowser.ParseAsync(conflict);
        Assert.Contains("Iemand anders heeft dit cohort gewijzigd", Errors(page), StringComparison.Ordinal);
        Assert.Equal("55", ((IHtmlInputElement)page.QuerySelector("input[name='Input.TargetSize']")!).Value);
        Assert.Equal(45, Assert.Single(await CohortsAsync(app)).TargetSize);
    }
}
