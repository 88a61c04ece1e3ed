using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Fieldwork;
using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Fieldwork;

// Journey 2 (SPEC §1), issues 5 and 8: the interviewer sees who is due, records a contact
// attempt, the T0 interviews with the youth and a parent, and the advice given, in a real
// browser; every page arrival is checked by axe. Each test has its own interviewer and case.
public class InterviewerJourney(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private AppServer Server => fixture.Server;

    private DateOnly Today => StudyCalendar.Today(Server.Clock);

    private async Task<(TestAccount Account, SeededCase Case)> InterviewerWithCaseAsync(string name)
    {
        var account = await Server.CreateAccountAsync(Roles.Interviewer, displayName: name);
        var c = await FieldworkSeed.EnrolAsync(Server, await FieldworkSeed.UserIdAsync(Server, account), Today.AddYears(-14).AddDays(-40));
        return (account, c);
    }

    [Fact]
    public async Task The_interviewer_sees_a_due_case_logs_a_contact_records_T0_with_youth_and_parent_gives_advice_and_sees_the_dashboard_updated()
    {
        var (interviewer, c) = await InterviewerWithCaseAsync("Iris Interviewer");
        await using var browser = await fixture.NewSessionAsync("interviewer");
        var page = browser.Page;
        await browser.LoginAsync(interviewer);

        // The dashboard: the new case, T0 due now, no contact yet. Research code, no name.
        await browser.ClickAsync("header nav a[href='/Work']");
        var row = page.Locator($"table.dashboard tbody tr:has(a[href='/Cases/Details?id={c.Id}'])");
        var before = await row.InnerTextAsync();
        Assert.Contains(c.ResearchCode, before, StringComparison.Ordinal);
        Assert.Contains("T0", before, StringComparison.Ordinal);
        Assert.Contains("Nu aan de beurt", before, StringComparison.Ordinal);
        Assert.Contains("nog geen", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Veldwerk", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A contact attempt by phone: an appointment for T0.
        await browser.ClickAsync($"table.dashboard a[href='/Cases/Contacts?id={c.Id}']");
        await page.Locator("#channel").SelectOptionAsync("Phone");
        await page.Locator("#outcome").SelectOptionAsync("AppointmentMade");
        await page.Locator("#wave").SelectOptionAsync(new SelectOptionValue { Label = "T0" });
        await page.Locator("#note").FillAsync("Afspraak gemaakt via de mentor op de groep.");
        await browser.ClickAsync("main form[action*='handler=Add'] button[type=submit]");
        Assert.Equal("De contactpoging is vastgelegd.", (await page.Locator("main .notice").InnerTextAsync()).Trim());
        Assert.Contains("Afspraak gemaakt", await page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);

        // T0 with the youth: first a draft with one answer, then completed.
        await browser.ClickAsync("nav.case-nav a[href*='/Cases/Interview']");
        Assert.Contains("informant=Youth", browser.PathAndQuery, StringComparison.Ordinal);
        await page.Locator("fieldset#item-wellbeing input[type=radio][value='7']").CheckAsync();
        await browser.ClickAsync(FieldworkSeed.DraftButton);
        Assert.Equal(FieldworkTexts.DraftSaved, (await page.Locator("main .notice").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("fieldset#item-wellbeing input[type=radio][value='7']").IsCheckedAsync());

        await FieldworkSeed.FillRequiredAsync(page, FieldworkSeed.Protocol(Server, WaveKind.Baseline, Informant.Youth), Today);
        await page.Locator("fieldset#item-wellbeing input[type=radio][value='7']").CheckAsync();
        await page.Locator("#interviewed-on").FillAsync(FieldworkSeed.Iso(Today));
        await browser.ClickAsync(FieldworkSeed.CompleteButton);
        Assert.True(FieldworkTexts.InterviewCompleted == (await page.Locator("main .notice").InnerTextAsync()).Trim(), await browser.ErrorsAsync());
        Assert.Contains("Jongere (Afgerond)", await page.Locator("nav.switcher").InnerTextAsync(), StringComparison.Ordinal);

        // T0 with the first parent, completed at once.
        await browser.ClickAsync("nav.switcher a[href*='informant=Parent'] >> nth=0");
        await FieldworkSeed.FillRequiredAsync(page, FieldworkSeed.Protocol(Server, WaveKind.Baseline, Informant.Parent), Today);
        await page.Locator("#interviewed-on").FillAsync(FieldworkSeed.Iso(Today));
        await browser.ClickAsync(FieldworkSeed.CompleteButton);
        Assert.True(FieldworkTexts.InterviewCompleted == (await page.Locator("main .notice").InnerTextAsync()).Trim(), await browser.ErrorsAsync());

        // The advice given after T0.
        await browser.ClickAsync("nav.case-nav a[href*='/Cases/Advice']");
        await page.Locator("#advice-wave").SelectOptionAsync(new SelectOptionValue { Label = "T0" });
        await page.Locator("#advice-category").SelectOptionAsync("Cooperation");
        await page.Locator("#advice-addressee").SelectOptionAsync("Provider");
        await page.Locator("#advice-given-on").FillAsync(FieldworkSeed.Iso(Today));
        await page.Locator("#advice-text").FillAsync("Plan één overleg met school, zorgaanbieder en gezinsvoogd.");
        await browser.ClickAsync("form#add-advice button[type=submit]");
        Assert.Equal(FieldworkTexts.AdviceSaved, (await page.Locator("main .notice").InnerTextAsync()).Trim());
        Assert.Contains("Plan één overleg", await page.Locator("main article.advice").InnerTextAsync(), StringComparison.Ordinal);

        // Back on the dashboard: T0 is done, T6 is next (planned), and today's contact is shown.
        await browser.ClickAsync("header nav a[href='/Work']");
        var after = await row.InnerTextAsync();
        Assert.Contains("T6", after, StringComparison.Ordinal);
        Assert.Contains("Gepland", after, StringComparison.Ordinal);
        Assert.Contains("Afspraak gemaakt", after, StringComparison.Ordinal);
        Assert.Contains(Today.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contact_and_interview_pages_can_be_used_in_English()
    {
        var (interviewer, c) = await InterviewerWithCaseAsync("Erin English");
        await using var browser = await fixture.NewSessionAsync("english");
        var page = browser.Page;
        await browser.LoginAsync(interviewer);
        await browser.UseLanguageAsync("en");

        await browser.ClickAsync("header nav a[href='/Work']");
        Assert.Equal("My work", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await browser.ClickAsync($"table.dashboard a[href='/Cases/Contacts?id={c.Id}']");
        Assert.Equal($"Contact attempts {c.ResearchCode}", (await page.Locator("main h1").InnerTextAsync()).Trim());

        // A wrong entry gets an English message naming the field; what was typed stays.
        await page.Locator("#occurred-on").FillAsync("");
        await page.Locator("#note").FillAsync("Left a voicemail.");
        await browser.ClickAsync("main form[action*='handler=Add'] button[type=submit]");
        var errors = await page.Locator("main .errors").InnerTextAsync();
        Assert.Contains("date of the contact attempt", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Vul de", errors, StringComparison.Ordinal);
        Assert.Equal("Left a voicemail.", await page.Locator("#note").InputValueAsync());

        await browser.ClickAsync("nav.case-nav a[href*='/Cases/Interview']");
        Assert.Contains("Save as draft", await page.Locator(FieldworkSeed.DraftButton).InnerTextAsync(), StringComparison.Ordinal);
    }

    // SPEC §5: fully usable by keyboard. The T0 youth interview is answered and completed with Tab,
    // Space (radio buttons, checkboxes), typing (text, numbers, dates, choosing in a list) and
    // Enter only; the focus must be visible on the first control of every kind.
    [Fact]
    public async Task An_interview_can_be_answered_and_completed_with_the_keyboard_alone()
    {
        var (interviewer, c) = await InterviewerWithCaseAsync("Kim Keyboard");
        await using var browser = await fixture.NewSessionAsync("keyboard");
        var page = browser.Page;
        await browser.LoginAsync(interviewer);
        var protocol = FieldworkSeed.Protocol(Server, WaveKind.Baseline, Informant.Youth);
        var required = protocol.Items.Where(i => i.Required).ToDictionary(i => i.Id);
        await browser.GotoAsync($"/Cases/Interview?id={c.Id}&wave=T0&informant=Youth");

        var answered = new HashSet<string>(StringComparer.Ordinal);
        var kindsChecked = new HashSet<string>(StringComparer.Ordinal);
        var dateTyped = false;
        var trail = new List<string>();
        for (var presses = 0; ; presses++)
        {
            Assert.True(presses < 600, $"The complete button was not reached by Tab. Last stops: {string.Join(" → ", trail.TakeLast(15))}");
            await browser.PressAsync("Tab");
            var json = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
                () => {
                  const el = document.activeElement;
                  return { tag: el.tagName.toLowerCase(), type: el.getAttribute("type") ?? "", name: el.getAttribute("name") ?? "",
                           id: el.id ?? "", formaction: el.getAttribute("formaction") ?? "", inForm: !!el.closest("form#interview-form"),
                           firstOption: el.tagName === "SELECT" && el.options.length > 1 ? el.options[1].text : "" };
                }
                """);
            string Text(string name) => json.GetProperty(name).GetString() ?? "";
            var focus = new Focus(Text("tag"), Text("type"), Text("name"), Text("id"), Text("formaction"), json.GetProperty("inForm").GetBoolean(), Text("firstOption"));
            trail.Add($"{focus.Tag}[{focus.Name}{focus.Id}]");
            if (!focus.InForm) continue;

            var kind = focus.Tag == "input" ? $"input:{focus.Type}" : focus.Tag;
            if (kindsChecked.Add(kind))
                Assert.True(await browser.FocusProblemAsync() is null, $"Focus on {kind} is not visible: {await browser.FocusProblemAsync()}");

            if (focus.Id == "interviewed-on" && !dateTyped)
            {
                await page.Keyboard.TypeAsync(Today.ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture));
                dateTyped = true;
                continue;
            }
            if (focus.Tag == "button" && focus.Formaction.Length == 0)
            {
                await browser.NavigateAsync(() => browser.PressAsync("Enter"), what: "Enter on 'Opslaan en afronden'");
                break;
            }
            if (!focus.Name.StartsWith("Input.Answers[", StringComparison.Ordinal)) continue;
            var itemId = focus.Name["Input.Answers[".Length..^1];
            if (!required.TryGetValue(itemId, out var item) || answered.Contains(itemId)) continue;
            switch (focus.Tag, focus.Type)
            {
                case ("input", "radio"):
                case ("input", "checkbox"):
                    await browser.PressAsync("Space");
                    break;
                case ("select", _):
                    await page.Keyboard.TypeAsync(focus.FirstOption[..1]);
                    break;
                case ("input", "date"):
                    await page.Keyboard.TypeAsync(Today.AddYears(-1).ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ("textarea", _):
                    await page.Keyboard.TypeAsync("Met het toetsenbord ingevuld.");
                    break;
                default:
                    await page.Keyboard.TypeAsync(((int)(item.Min ?? 0)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
            answered.Add(itemId);
        }

        Assert.True(dateTyped, "The interview date field was never reached.");
        Assert.Equal(required.Keys.Order(), answered.Order());
        Assert.True(FieldworkTexts.InterviewCompleted == (await page.Locator("main .notice").InnerTextAsync()).Trim(), await browser.ErrorsAsync());
        Assert.Contains("Jongere (Afgerond)", await page.Locator("nav.switcher").InnerTextAsync(), StringComparison.Ordinal);
    }

    private sealed record Focus(string Tag, string Type, string Name, string Id, string Formaction, bool InForm, string FirstOption);
}
