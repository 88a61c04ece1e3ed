using System.Globalization;
using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.EndToEnd.Cases;

// SPEC §5: fully usable by keyboard. The enrolment form is filled in and sent with Tab, typing
// (text, dates, choosing in a list by its first letters), Space (checkboxes) and Enter only; the
// focus must be visible on the first control of every kind.
public class KeyboardEnrolmentTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task A_youth_can_be_enrolled_with_the_keyboard_alone()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        await fixture.Server.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseRegisterDbContext>();
            db.Cohorts.Add(new Cohort
            {
                Id = Guid.NewGuid(), Label = $"Cohort {today.Year}", Year = today.Year, InclusionStart = new DateOnly(today.Year, 1, 1),
                InclusionEnd = new DateOnly(today.Year, 12, 31), TargetSize = 25, IsOpen = true,
            });
            return await db.SaveChangesAsync();
        });
        var coordinator = await fixture.Server.CreateAccountAsync(Roles.Coordinator, displayName: "Toos Toetsenbord");
        await using var browser = await fixture.NewSessionAsync("keyboard");
        var page = browser.Page;
        await browser.LoginAsync(coordinator);
        await browser.GotoAsync("/Cases/Enrol");

        var setting = await page.Locator("select[name='Input.CareSetting'] option:nth-child(2)").InnerTextAsync();
        var cohortChosen = await page.Locator("select[name='Input.CohortId']").InputValueAsync() != "";
        var dates = new Dictionary<string, DateOnly>
        {
            ["Input.ExpertTeamDiscussedOn"] = today.AddDays(-14),
            ["Input.DateOfBirth"] = today.AddYears(-15).AddDays(-20),
            ["Input.Youth.ConsentOn"] = today,
            ["Input.Parents[0].ConsentOn"] = today,
        };
        var keys = new Dictionary<string, string>
        {
            ["Input.RegionId"] = "Haaglanden",
            ["Input.ExpertTeamId"] = "Regionaal expertteam Haaglanden",
            ["Input.ExpertTeamDiscussedOn"] = await browser.DateKeysAsync(dates["Input.ExpertTeamDiscussedOn"]),
            ["Input.CareSetting"] = setting,
            ["Input.YouthGivenNames"] = "Tim (demo)",
            ["Input.YouthSurname"] = "Toetsenbord",
            ["Input.DateOfBirth"] = await browser.DateKeysAsync(dates["Input.DateOfBirth"]),
            ["Input.Youth.ConsentGiven"] = " ",
            ["Input.Youth.ConsentOn"] = await browser.DateKeysAsync(dates["Input.Youth.ConsentOn"]),
            ["Input.Parents[0].Name"] = "Tineke Toetsenbord",
            ["Input.Parents[0].ConsentGiven"] = " ",
            ["Input.Parents[0].ConsentOn"] = await browser.DateKeysAsync(dates["Input.Parents[0].ConsentOn"]),
        };
        if (!cohortChosen) keys["Input.CohortId"] = $"Cohort {today.Year}";

        var done = new HashSet<string>(StringComparer.Ordinal);
        var kindsChecked = new HashSet<string>(StringComparer.Ordinal);
        var trail = new List<string>();
        for (var presses = 0; ; presses++)
        {
            Assert.True(presses < 200, $"The enrol button was not reached by Tab. Last stops: {string.Join(" → ", trail.TakeLast(15))}");
            await browser.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                  const el = document.activeElement;
                  return [el.tagName.toLowerCase(), el.getAttribute("type") ?? "", el.getAttribute("name") ?? "",
                          el.closest("main form:has(input[name='Input.YouthSurname'])") ? "in" : "out"];
                }
                """);
            var (tag, type, name) = (focus[0], focus[1], focus[2]);
            trail.Add($"{tag}[{name}]");
            if (focus[3] != "in") continue;
            if (kindsChecked.Add($"{tag}:{type}"))
                Assert.True(await browser.FocusProblemAsync() is null, $"Focus on {tag}:{type} is not visible: {await browser.FocusProblemAsync()}");

            if (tag == "button" && type == "submit")
            {
                await browser.NavigateAsync(() => browser.PressAsync("Enter"), what: "Enter on the enrol button");
                break;
            }
            if (!keys.TryGetValue(name, out var text) || !done.Add(name)) continue;
            if (text == " ") await browser.PressAsync("Space");
            else await page.Keyboard.TypeAsync(text);
            if (type == "date")
            {
                var value = await page.EvaluateAsync<string>("() => document.activeElement.value");
                Assert.Equal(dates[name].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value);
            }
        }

        Assert.Equal(keys.Keys.Order(), done.Order());
        Assert.True(browser.PathAndQuery.StartsWith("/Cases/Details", StringComparison.Ordinal), await browser.ErrorsAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Matches($@"[A-Z]+-{today.Year}-001", main);
        Assert.Contains("Compleet", main, StringComparison.Ordinal);
    }
}
