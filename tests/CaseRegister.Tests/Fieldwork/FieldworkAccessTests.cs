using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

// SPEC §4.4 for the fieldwork pages: an interviewer reaching a case assigned to someone else, by
// URL, by handler (including one that does not exist) or by an id in a form field on their own
// case, gets 404, the attempt is audited as case.access-denied with the other case's code, and
// nothing is written.
public class FieldworkAccessTests(FieldworkAccessTests.Host app) : IClassFixture<FieldworkAccessTests.Host>
{
    public sealed class Host : AppFactory;

    private static readonly DateOnly Born = new(2012, 5, 1);
    private static readonly DateOnly Included = new(2026, 10, 1);

    [Fact]
    public async Task An_interviewer_gets_404_and_an_audit_entry_on_every_fieldwork_page_and_handler_of_someone_elses_case()
    {
        var (me, browser) = await FieldworkSetup.InterviewerAsync(app);
        var colleague = await app.CreateUserAsync(Roles.Interviewer);
        var mine = await FieldworkData.CaseAsync(app, me.Id, Born, Included);
        var theirs = await FieldworkData.CaseAsync(app, colleague.Id, Born, Included);
        var their = await RecordsOfAsync(theirs);
        var myT0 = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == mine.Id && w.Label == "T0").Select(w => w.Id).SingleAsync());
        var myAdvice = await AdviceAsync(mine.Id, myT0);
        var token = await TokenAsync(browser, "/Cases/Contacts?id=" + mine.Id);
        var writesBefore = await CountWritesAsync();

        var o = theirs.Id;
        var m = mine.Id;
        var attempts = new List<(string Name, Func<Task<HttpResponseMessage>> Send)>
        {
            ("GET contacts", () => browser.GetAsync($"/Cases/Contacts?id={o}")),
            ("GET interview", () => browser.GetAsync($"/Cases/Interview?id={o}&wave=T0&informant=Youth")),
            ("GET advice", () => browser.GetAsync($"/Cases/Advice?id={o}")),
            ("GET coding", () => browser.GetAsync($"/Cases/Coding?id={o}&wave=T0")),
            ("POST contacts Add", () => Post($"/Cases/Contacts?id={o}&handler=Add", new() { ["Input.OccurredOn"] = "2026-11-01", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached" })),
            ("POST interview Draft", () => Post($"/Cases/Interview?id={o}&wave=T0&informant=Youth&handler=Draft", new() { ["Input.Answers[wellbeing]"] = "5" })),
            ("POST interview Complete", () => Post($"/Cases/Interview?id={o}&wave=T0&informant=Youth&handler=Complete", new() { ["Input.Answers[wellbeing]"] = "5" })),
            ("POST interview Status", () => Post($"/Cases/Interview?id={o}&wave=T0&informant=Youth&handler=Status", new() { ["Input.Status"] = "Refused" })),
            ("POST advice Add", () => Post($"/Cases/Advice?id={o}&handler=Add", new() { ["Input.WaveId"] = their.WaveId.ToString(), ["Input.Category"] = "Safety", ["Input.Addressee"] = "Family", ["Input.GivenOn"] = "2026-11-01", ["Input.Text"] = "x" })),
            ("POST advice FollowUp", () => Post($"/Cases/Advice?id={o}&handler=FollowUp", new() { ["FollowUp.AdviceId"] = their.AdviceId.ToString(), ["FollowUp.WaveId"] = their.LaterWaveId.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" })),
            ("POST coding Add", () => Post($"/Cases/Coding?id={o}&wave=T0&handler=Add", new() { ["Input.CodeId"] = "blame" })),
            ("POST coding Remove", () => Post($"/Cases/Coding?id={o}&wave=T0&handler=Remove", new() { ["SegmentId"] = their.SegmentId.ToString() })),
            ("POST contacts unknown handler", () => Post($"/Cases/Contacts?id={o}&handler=Delete", [])),
            ("POST interview unknown handler", () => Post($"/Cases/Interview?id={o}&wave=T0&informant=Youth&handler=Delete", [])),
            ("POST advice without handler", () => Post($"/Cases/Advice?id={o}", [])),
            ("POST coding unknown handler", () => Post($"/Cases/Coding?id={o}&wave=T0&handler=Delete", [])),
            // Own case in the URL, someone else's record in a field.
            ("contact for their wave", () => Post($"/Cases/Contacts?id={m}&handler=Add", new() { ["Input.OccurredOn"] = "2026-11-01", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached", ["Input.WaveId"] = their.WaveId.ToString() })),
            ("interview of their person", () => browser.GetAsync($"/Cases/Interview?id={m}&wave=T0&informant=Parent&person={theirs.Parent1Id}")),
            ("interview post for their person", () => Post($"/Cases/Interview?id={m}&wave=T0&informant=Parent&person={theirs.Parent1Id}&handler=Draft", new() { ["Input.Answers[wellbeing]"] = "5" })),
            ("advice for their wave", () => Post($"/Cases/Advice?id={m}&handler=Add", new() { ["Input.WaveId"] = their.WaveId.ToString(), ["Input.Category"] = "Safety", ["Input.Addressee"] = "Family", ["Input.GivenOn"] = "2026-11-01", ["Input.Text"] = "x" })),
            ("follow-up of their advice", () => Post($"/Cases/Advice?id={m}&handler=FollowUp", new() { ["FollowUp.AdviceId"] = their.AdviceId.ToString(), ["FollowUp.WaveId"] = their.LaterWaveId.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" })),
            ("follow-up in their wave", () => Post($"/Cases/Advice?id={m}&handler=FollowUp", new() { ["FollowUp.AdviceId"] = myAdvice.ToString(), ["FollowUp.WaveId"] = their.LaterWaveId.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" })),
            ("code pointing at their interview", () => Post($"/Cases/Coding?id={m}&wave=T0&handler=Add", new() { ["Input.CodeId"] = "blame", ["Input.Fragment"] = $"{their.InterviewId}:life_story" })),
            ("removing their code", () => Post($"/Cases/Coding?id={m}&wave=T0&handler=Remove", new() { ["SegmentId"] = their.SegmentId.ToString() })),
        };

        var wrong = new List<string>();
        foreach (var (name, send) in attempts)
        {
            var auditBefore = await DeniedForAsync(theirs.ResearchCode);
            var response = await send();
            if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{name}: answered {(int)response.StatusCode}");
            if (await DeniedForAsync(theirs.ResearchCode) != auditBefore + 1) wrong.Add($"{name}: no case.access-denied entry for {theirs.ResearchCode}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(writesBefore, await CountWritesAsync());
        return;

        Task<HttpResponseMessage> Post(string url, Dictionary<string, string> fields) =>
            browser.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    // SPEC §4.6: before a contact attempt the interviewer looks up the family's phone number. That
    // read is audited with the interviewer and the research code, and the entry holds no identity.
    // The fieldwork pages themselves show none, so opening them is no identity read.
    [Fact]
    public async Task The_assigned_interviewer_reading_contact_details_is_audited_without_identity_and_the_fieldwork_pages_show_none()
    {
        var (me, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, me.Id, Born, Included);
        string[] pages = [$"/Cases/Contacts?id={c.Id}", $"/Cases/Advice?id={c.Id}", $"/Cases/Coding?id={c.Id}", FieldworkSetup.InterviewPath(c, "T0")];
        foreach (var page in pages)
        {
            var text = (await browser.PageAsync(page)).Body!.TextContent;
            Assert.DoesNotContain("Veldwerk", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("06-12345678", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("case.read-identity", await FieldworkSetup.AuditActionsAsync(app, me.Id));

        var identity = $"/Cases/Identity?id={c.Id}";
        var shown = await browser.SubmitAsync(identity, [], handler: "Show", getPath: identity);

        Assert.Contains("06-12345678", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(await app.DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorUserId == me.Id && e.Action == "case.read-identity").ToListAsync()));
        Assert.Equal(c.ResearchCode, entry.ResearchCode);
        Assert.Equal(Web.Audit.AuditOutcome.Success, entry.Outcome);
        var logged = $"{entry.Target} {entry.Details} {entry.OnBehalfOf}";
        Assert.DoesNotContain("Veldwerk", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("06-", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_reaches_every_case_and_the_steering_group_none()
    {
        var interviewer = await app.CreateUserAsync(Roles.Interviewer);
        var c = await FieldworkData.CaseAsync(app, interviewer.Id, Born, Included);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var steering = await app.LoginAsync(await app.CreateUserAsync(Roles.SteeringGroup));
        string[] paths = [$"/Cases/Contacts?id={c.Id}", $"/Cases/Interview?id={c.Id}&wave=T0&informant=Youth", $"/Cases/Advice?id={c.Id}", $"/Cases/Coding?id={c.Id}&wave=T0", "/Cases/Codes"];

        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await steering.GetAsync(path)).StatusCode);
        }
        var (_, interviewerBrowser) = (interviewer, await app.LoginAsync(interviewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await interviewerBrowser.GetAsync("/Cases/Codes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/Work")).StatusCode);
    }

    private sealed record TheirRecords(Guid WaveId, Guid LaterWaveId, Guid AdviceId, Guid InterviewId, Guid SegmentId);

    private async Task<TheirRecords> RecordsOfAsync(SeededCase c)
    {
        TheirRecords? records = null;
        await app.WithDbAsync(async db =>
        {
            var waves = await db.Waves.Where(w => w.CaseId == c.Id).OrderBy(w => w.MonthsAfterBaseline).ToListAsync();
            var interview = new Interview
            {
                Id = Guid.NewGuid(), CaseId = c.Id, WaveId = waves[0].Id, Informant = Informant.Youth, Status = InterviewStatus.Draft, ProtocolId = "t0-youth", ProtocolVersion = 1,
                Answers = { new Answer { Id = Guid.NewGuid(), ItemId = "life_story", Text = "Hun verhaal" } },
            };
            var segment = new CodedSegment { Id = Guid.NewGuid(), CaseId = c.Id, WaveId = waves[0].Id, CodeId = "blame" };
            db.Interviews.Add(interview);
            db.CodedSegments.Add(segment);
            await db.SaveChangesAsync();
            records = new TheirRecords(waves[0].Id, waves[1].Id, await AdviceAsync(c.Id, waves[0].Id), interview.Id, segment.Id);
        });
        return records!;
    }

    private async Task<Guid> AdviceAsync(Guid caseId, Guid waveId)
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Advice.Add(new Advice { Id = id, CaseId = caseId, WaveId = waveId, Category = AdviceCategory.Safety, Addressee = AdviceAddressee.Family, Text = "Advies", GivenOn = new DateOnly(2026, 10, 15) });
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<int> DeniedForAsync(string researchCode) =>
        app.DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "case.access-denied" && e.ResearchCode == researchCode));

    // Everything the fieldwork pages could write.
    private Task<string> CountWritesAsync() => app.DbAsync(async db =>
        $"{await db.ContactAttempts.CountAsync()}/{await db.Interviews.CountAsync()}/{await db.Answers.CountAsync()}/{await db.Advice.CountAsync(a => a.Followed != null)}/"
        + $"{await db.Advice.CountAsync()}/{await db.CodedSegments.CountAsync()}/{await db.Placements.CountAsync()}");

    private static async Task<string> TokenAsync(TestBrowser browser, string path)
    {
        var page = await browser.PageAsync(path);
        return ((IHtmlInputElement)page.QuerySelector("form[method=post] input[name='__RequestVerificationToken']")!).Value;
    }
}
