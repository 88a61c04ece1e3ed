using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public class ContactTests(ContactTests.Host app) : IClassFixture<ContactTests.Host>
{
    public sealed class Host : AppFactory;

    private const string Form = "form[action*='handler=Add']";

    [Fact]
    public async Task A_contact_attempt_is_added_listed_newest_first_with_its_note_encrypted_and_audited()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1));
        var path = $"/Cases/Contacts?id={c.Id}";
        var t0 = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == c.Id && w.Label == "T0").Select(w => w.Id).SingleAsync());

        await browser.PostFormAsync(path, Form, new() { ["Input.OccurredOn"] = "2026-10-20", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "NoAnswer" });
        var response = await browser.PostFormAsync(path, Form, new()
        {
            ["Input.OccurredOn"] = "2026-10-28",
            ["Input.Channel"] = "ViaProfessional",
            ["Input.Outcome"] = "AppointmentMade",
            ["Input.NextAttemptOn"] = "2026-11-05",
            ["Input.WaveId"] = t0.ToString(),
            ["Input.Note"] = "Mentor belt terug via Pieterbuurtschool",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.PageAsync(path);
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["28-10-2026", "Via een professional", "Afspraak gemaakt", "05-11-2026", "T0", "Mentor belt terug via Pieterbuurtschool"], rows[0]);
        Assert.Equal("20-10-2026", rows[1][0]);
        var stored = await app.DbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"Note\" AS \"Value\" FROM \"ContactAttempts\" WHERE \"Note\" IS NOT NULL").ToListAsync());
        Assert.DoesNotContain(stored, s => s.Contains("Pieterbuurtschool", StringComparison.Ordinal));
        Assert.Equal(2, (await FieldworkSetup.AuditActionsAsync(app, user.Id)).Count(a => a == "contact.create"));
    }

    [Fact]
    public async Task Wrong_contact_details_get_Dutch_messages_naming_the_field_and_keep_what_was_typed()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1));

        var response = await browser.PostFormAsync($"/Cases/Contacts?id={c.Id}", Form, new()
        {
            ["Input.OccurredOn"] = "2026-11-20",
            ["Input.Outcome"] = "Reached",
            ["Input.NextAttemptOn"] = "2026-11-10",
            ["Input.Note"] = "Wat ik typte",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("De datum van de contactpoging (20-11-2026) ligt in de toekomst. Vul een datum in tot en met vandaag.", page.QuerySelector("#occurred-on-error")!.TextContent);
        Assert.Equal("Kies het kanaal.", page.QuerySelector("#channel-error")!.TextContent);
        Assert.Equal("De datum van de volgende poging (10-11-2026) ligt vóór de datum van deze contactpoging (20-11-2026).", page.QuerySelector("#next-attempt-error")!.TextContent);
        Assert.Equal("channel-error", page.QuerySelector("#channel")!.GetAttribute("aria-describedby"));
        Assert.Equal("Wat ik typte", page.QuerySelector("#note")!.TextContent);
        Assert.Equal("Reached", ((IHtmlSelectElement)page.QuerySelector("#outcome")!).Value);
        Assert.False(await app.DbAsync(db => db.ContactAttempts.AnyAsync(a => a.CaseId == c.Id)));
    }

    [Fact]
    public async Task A_200_KB_contact_note_is_refused_with_the_limit_stated()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1));

        var response = await browser.PostFormAsync($"/Cases/Contacts?id={c.Id}", Form, new()
        {
            ["Input.OccurredOn"] = "2026-11-01",
            ["Input.Channel"] = nameof(ContactChannel.Visit),
            ["Input.Outcome"] = nameof(ContactOutcome.Moved),
            ["Input.Note"] = new string('a', 200_000),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("De notitie is te lang: maximaal 2.000 tekens (u heeft er 200.000 ingevoerd). Vat de tekst samen.", page.QuerySelector("#note-error")!.TextContent);
        Assert.Equal(200_000, page.QuerySelector("#note")!.TextContent.Length);
    }

    [Fact]
    public async Task No_contact_attempt_can_be_added_after_withdrawal()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1), status: CaseStatus.Withdrawn);
        var page = await browser.PageAsync($"/Cases/Contacts?id={c.Id}");
        Assert.Null(page.QuerySelector(Form));
        Assert.Contains("teruggetrokken", page.QuerySelector(".warning")!.TextContent, StringComparison.Ordinal);

        var token = ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        var post = await browser.Client.PostAsync($"/Cases/Contacts?id={c.Id}&handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.OccurredOn"] = "2026-11-01", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached",
        }));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await app.DbAsync(db => db.ContactAttempts.AnyAsync(a => a.CaseId == c.Id)));
    }
}
