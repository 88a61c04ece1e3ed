using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public class InterviewTests(InterviewTests.Host app) : IClassFixture<InterviewTests.Host>
{
    public sealed class Host : AppFactory;

    private const string Form = "form#interview-form";
    private const string DraftButton = "form#interview-form button[formaction*='handler=Draft']";
    private static readonly DateOnly Born14 = new(2012, 5, 1);
    private static readonly DateOnly IncludedOct = new(2026, 10, 1);

    private DateOnly Today => app.Clock.Today;

    [Fact]
    public async Task A_T0_youth_interview_is_saved_as_draft_then_completed_with_its_answers_and_the_free_text_encrypted()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var path = FieldworkSetup.InterviewPath(c, "T0");
        const string Secret = "Ik woon nu bij tante Zonneveldhuis in Goes";

        var form = await browser.PageAsync(path);
        Assert.Equal(11, form.QuerySelectorAll("fieldset#item-wellbeing input[type=radio]").Length);
        Assert.Equal(5, form.QuerySelectorAll("fieldset#item-wellbeing select option").Length);
        Assert.NotNull(form.QuerySelector("fieldset#item-problem_areas input[type=checkbox]"));
        Assert.NotNull(form.QuerySelector("fieldset#item-self_description textarea"));

        var draft = await browser.PostFormAsync(form, Form, new()
        {
            ["Input.Answers[wellbeing]"] = "7",
            ["Input.Answers[self_description]"] = Secret,
            ["Input.Answers[problem_areas][]"] = "anxiety;sleep",
        }, DraftButton);

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var saved = await app.DbAsync(db => db.Interviews.AsNoTracking().Include(i => i.Answers).SingleAsync(i => i.CaseId == c.Id));
        Assert.Equal(InterviewStatus.Draft, saved.Status);
        Assert.Equal(("t0-youth", 1), (saved.ProtocolId, saved.ProtocolVersion));
        Assert.Equal("7", saved.Answers.Single(a => a.ItemId == "wellbeing").Value);
        Assert.Equal("anxiety;sleep", saved.Answers.Single(a => a.ItemId == "problem_areas").Value);
        var note = saved.Answers.Single(a => a.ItemId == "self_description");
        Assert.Null(note.Value);
        Assert.Equal(Secret, note.Text);

        var reopened = await browser.PageAsync(path);
        Assert.True(((IHtmlInputElement)reopened.QuerySelector("fieldset#item-wellbeing input[value='7']")!).IsChecked);
        Assert.True(((IHtmlInputElement)reopened.QuerySelector("fieldset#item-problem_areas input[value='sleep']")!).IsChecked);
        Assert.Equal(Secret, reopened.QuerySelector("#a-self_description")!.TextContent.Trim());

        var fields = FieldworkSetup.ValidAnswers(FieldworkSetup.Protocol(app, WaveKind.Baseline, Informant.Youth), Today);
        fields["Input.Answers[wellbeing]"] = "7";
        fields["Input.Answers[self_description]"] = Secret;
        fields["Input.InterviewedOn"] = "2026-11-01";
        var complete = await browser.PostFormAsync(reopened, Form, fields);

        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        var done = await app.DbAsync(db => db.Interviews.AsNoTracking().Include(i => i.Answers).SingleAsync(i => i.CaseId == c.Id));
        Assert.Equal(InterviewStatus.Done, done.Status);
        Assert.Equal(new DateOnly(2026, 11, 1), done.InterviewedOn);
        Assert.Equal(14, done.AgeOfYouth);
        Assert.Null(done.Answers.SingleOrDefault(a => a.ItemId == "problem_areas"));
        var waves = await app.DbAsync(db => db.Waves.AsNoTracking().Where(w => w.CaseId == c.Id).ToListAsync());
        var t0 = waves.Single(w => w.Label == "T0");
        Assert.Equal((WaveStatus.Completed, (DateOnly?)new DateOnly(2026, 11, 1)), (t0.Status, t0.CompletedOn));
        // Follow-ups are counted from the date T0 was actually held.
        Assert.Equal(new DateOnly(2027, 5, 1), waves.Single(w => w.Label == "T6").DueOn);
        // Enrolled → active once T0 is held.
        Assert.Equal(CaseStatus.Active, await app.DbAsync(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.Status).SingleAsync()));

        var stored = await app.DbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"Text\" AS \"Value\" FROM \"Answers\" WHERE \"ItemId\" = 'self_description'").ToListAsync());
        Assert.All(stored, s => Assert.DoesNotContain("Zonneveldhuis", s, StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(app.DataFolder, "caseregister.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Zonneveldhuis")));
        }

        var actions = await FieldworkSetup.AuditActionsAsync(app, user.Id);
        Assert.Contains("interview.save-draft", actions);
        Assert.Contains("interview.complete", actions);
    }

    [Fact]
    public async Task Wrong_answers_get_Dutch_messages_next_to_their_item_and_keep_everything_typed()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);

        var response = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T0"), Form, new()
        {
            ["Input.Answers[wellbeing]"] = "11",
            ["Input.Answers[self_description]"] = "Wat ik typte blijft staan",
            ["Input.Answers[first_help_age]"] = "6",
            ["Input.InterviewedOn"] = "2026-12-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("'Welk cijfer geef je je leven op dit moment?' moet tussen 0 en 10 liggen.", ErrorOf(page, "wellbeing"));
        Assert.StartsWith("'Als je alles bij elkaar neemt, hoeveel last heb je nu van problemen of zorgen?' is verplicht.", ErrorOf(page, "problem_severity"), StringComparison.Ordinal);
        Assert.Equal("De datum van het interview (01-12-2026) ligt in de toekomst. Vul een datum in tot en met vandaag.", page.QuerySelector("#interviewed-on-error")!.TextContent);
        Assert.Equal("e-wellbeing", page.QuerySelector("fieldset#item-wellbeing")!.GetAttribute("aria-describedby")!.Split(' ').Last());
        Assert.Equal("Wat ik typte blijft staan", page.QuerySelector("#a-self_description")!.TextContent.Trim());
        Assert.Equal("6", ((IHtmlInputElement)page.QuerySelector("#a-first_help_age")!).Value);
        Assert.Equal("2026-12-01", ((IHtmlInputElement)page.QuerySelector("#interviewed-on")!).Value);
        Assert.False(await app.DbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == c.Id)));
    }

    [Fact]
    public async Task A_required_item_may_be_left_blank_only_with_a_missing_data_code()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var fields = FieldworkSetup.ValidAnswers(FieldworkSetup.Protocol(app, WaveKind.Baseline, Informant.Youth), Today);
        fields.Remove("Input.Answers[problem_severity]");
        fields["Input.InterviewedOn"] = "2026-11-02";

        var blank = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T0"), Form, fields);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("is verplicht. Vul een antwoord in of kies een code voor ontbrekende gegevens.", ErrorOf(await TestBrowser.ParseAsync(blank), "problem_severity"), StringComparison.Ordinal);

        fields["Input.Missing[problem_severity]"] = "Refused";
        var coded = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T0"), Form, fields);

        Assert.Equal(HttpStatusCode.Redirect, coded.StatusCode);
        var answer = await app.DbAsync(db => db.Answers.AsNoTracking().SingleAsync(a => a.ItemId == "problem_severity" && db.Interviews.Any(i => i.Id == a.InterviewId && i.CaseId == c.Id)));
        Assert.Equal((null, (MissingCode?)MissingCode.Refused), (answer.Value, answer.Missing));
    }

    [Fact]
    public async Task A_date_item_in_the_future_is_refused_with_the_item_named()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);

        var response = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T0", "Professional", c.ProfessionalId), Form,
            new() { ["Input.Answers[involved_since]"] = "2027-01-15" }, DraftButton);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("'Sinds wanneer bent u bij de jongere betrokken?' ligt in de toekomst (15-01-2027). Vul een datum in tot en met vandaag.",
            ErrorOf(await TestBrowser.ParseAsync(response), "involved_since"));
    }

    [Fact]
    public async Task A_200_KB_note_is_refused_with_the_limit_stated_and_kept_in_the_form()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var note = new string('x', 200_000);

        var response = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T0"), Form, new() { ["Input.Answers[life_story]"] = note }, DraftButton);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("te lang: maximaal 20.000 tekens (u heeft er 200.000 ingevoerd)", ErrorOf(page, "life_story"), StringComparison.Ordinal);
        Assert.Equal(200_000, page.QuerySelector("#a-life_story")!.TextContent.Trim().Length);
        Assert.False(await app.DbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == c.Id)));
    }

    [Fact]
    public async Task A_follow_up_cannot_be_recorded_before_T0_is_completed()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, new DateOnly(2026, 3, 1));

        var page = await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T6"));
        Assert.Null(page.QuerySelector(Form));
        Assert.Equal(WaveMessages.BaselineFirst, page.QuerySelector(".warning")!.TextContent.Trim());

        var post = await browser.Client.PostAsync(
            FieldworkSetup.InterviewPath(c, "T6") + "&handler=Complete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(browser, FieldworkSetup.InterviewPath(c, "T0")), ["Input.Answers[gas_goal1]"] = "1", ["Input.InterviewedOn"] = "2026-11-01" }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(WaveMessages.BaselineFirst, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == c.Id)));
    }

    [Fact]
    public async Task A_withdrawn_case_gets_no_interview_form()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct, status: CaseStatus.Withdrawn);

        var page = await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T0"));

        Assert.Null(page.QuerySelector(Form));
        Assert.Equal(WaveMessages.CaseWithdrawn, page.QuerySelector(".warning")!.TextContent.Trim());
        var post = await browser.Client.PostAsync(
            FieldworkSetup.InterviewPath(c, "T0") + "&handler=Draft",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(browser, "/Cases/Contacts?id=" + c.Id), ["Input.Answers[wellbeing]"] = "5" }));
        Assert.Contains(WaveMessages.CaseWithdrawn, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == c.Id)));
    }

    [Fact]
    public async Task A_youth_who_turned_12_without_own_consent_cannot_be_interviewed_even_before_the_nightly_job_noticed()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        // Eleven at inclusion (assent and parents' consent), twelve since 01-10-2026: own consent
        // needed. The stored consent state still says complete, as the nightly job has not run.
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2014, 10, 1), new DateOnly(2026, 3, 1));
        await FieldworkData.BackdateConsentsToAssentAsync(app, c, new DateOnly(2026, 3, 1));
        Assert.Equal(Web.Consent.ConsentStatusKind.Complete, await app.DbAsync(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.ConsentState).SingleAsync()));

        var page = await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T0"));

        Assert.Null(page.QuerySelector(Form));
        Assert.Equal(WaveMessages.ConsentBlocked, page.QuerySelector(".warning")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_people_saving_the_same_interview_see_both_versions_and_nothing_is_lost()
    {
        var (user, first) = await FieldworkSetup.InterviewerAsync(app);
        var coordinator = await app.CreateUserAsync(Roles.Coordinator);
        var second = await app.LoginAsync(coordinator);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var path = FieldworkSetup.InterviewPath(c, "T0");
        await first.PostFormAsync(path, Form, new() { ["Input.Answers[wellbeing]"] = "5" }, DraftButton);

        var firstPage = await first.PageAsync(path);
        var secondPage = await second.PageAsync(path);
        var firstSave = await first.PostFormAsync(firstPage, Form, new()
        {
            ["Input.Answers[wellbeing]"] = "3",
            ["Input.Answers[life_story]"] = "Verhaal zoals de eerste het noteerde",
        }, DraftButton);
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var secondSave = await second.PostFormAsync(secondPage, Form, new()
        {
            ["Input.Answers[wellbeing]"] = "8",
            ["Input.Answers[life_story]"] = "Verhaal zoals de tweede het noteerde",
        }, DraftButton);

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var conflict = await TestBrowser.ParseAsync(secondSave);
        var panel = conflict.QuerySelector("section.conflict")!;
        Assert.Contains(panel.QuerySelectorAll("td.theirs"), td => td.TextContent == "Verhaal zoals de eerste het noteerde");
        Assert.Contains(panel.QuerySelectorAll("td.yours"), td => td.TextContent == "Verhaal zoals de tweede het noteerde");
        Assert.Contains(panel.QuerySelectorAll("tr"), tr => tr.TextContent.Contains("Welk cijfer", StringComparison.Ordinal) && tr.QuerySelector("td.theirs")!.TextContent == "3" && tr.QuerySelector("td.yours")!.TextContent == "8");
        Assert.Equal("Verhaal zoals de tweede het noteerde", conflict.QuerySelector("#a-life_story")!.TextContent.Trim());
        Assert.True(((IHtmlInputElement)conflict.QuerySelector("fieldset#item-wellbeing input[value='8']")!).IsChecked);
        Assert.Equal("3", await StoredAsync(c, "wellbeing"));

        // The second person chooses to keep their own version: it overwrites the first one's.
        var overwrite = await second.PostFormAsync(conflict, Form, new()
        {
            ["Input.Answers[wellbeing]"] = "8",
            ["Input.Answers[life_story]"] = "Verhaal zoals de tweede het noteerde",
        }, "section.conflict button");

        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("8", await StoredAsync(c, "wellbeing"));
        Assert.Contains("interview.conflict", await FieldworkSetup.AuditActionsAsync(app, coordinator.Id));
    }

    [Fact]
    public async Task Two_people_starting_the_same_new_interview_conflict_instead_of_creating_two()
    {
        var (user, first) = await FieldworkSetup.InterviewerAsync(app);
        var second = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var path = FieldworkSetup.InterviewPath(c, "T0");
        var firstPage = await first.PageAsync(path);
        var secondPage = await second.PageAsync(path);

        await first.PostFormAsync(firstPage, Form, new() { ["Input.Answers[wellbeing]"] = "2" }, DraftButton);
        var secondSave = await second.PostFormAsync(secondPage, Form, new() { ["Input.Answers[wellbeing]"] = "9" }, DraftButton);

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.NotNull((await TestBrowser.ParseAsync(secondSave)).QuerySelector("section.conflict"));
        Assert.Equal(1, await app.DbAsync(db => db.Interviews.CountAsync(i => i.CaseId == c.Id)));
        Assert.Equal("2", await StoredAsync(c, "wellbeing"));
    }

    [Fact]
    public async Task A_follow_up_reporting_another_setting_appends_a_placement_and_keeps_the_history()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 3, 1));
        await FieldworkData.CompleteWaveAsync(app, c.Id, "T0", new DateOnly(2026, 4, 1));
        var fields = FieldworkSetup.ValidAnswers(FieldworkSetup.Protocol(app, WaveKind.FollowUp, Informant.Youth), Today);
        fields["Input.Answers[current_setting]"] = nameof(CareSetting.Home);
        fields["Input.InterviewedOn"] = "2026-11-01";

        var response = await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T6"), Form, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Saving the completed interview again does not add the same move twice.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(FieldworkSetup.InterviewPath(c, "T6"), Form, fields)).StatusCode);

        var placements = await app.DbAsync(db => db.Placements.AsNoTracking().Where(p => p.CaseId == c.Id).OrderBy(p => p.StartedOn).ToListAsync());
        Assert.Equal([CareSetting.JeugdzorgPlus, CareSetting.Home], placements.Select(p => p.Setting));
        var added = placements[1];
        Assert.Equal((new DateOnly(2026, 11, 1), 16), (added.StartedOn, added.AgeAtStart));
        var t6 = await app.DbAsync(db => db.Waves.AsNoTracking().SingleAsync(w => w.CaseId == c.Id && w.Label == "T6"));
        Assert.Equal(added.WaveId, t6.Id);
        Assert.Equal(WaveStatus.Completed, t6.Status);
    }

    [Fact]
    public async Task An_informant_who_refuses_is_recorded_without_answers()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var path = FieldworkSetup.InterviewPath(c, "T0", "Parent", c.Parent2Id);

        var page = await browser.PageAsync(path);
        var response = await browser.PostFormAsync(page, "form:has(input[name='Input.Status'][value='Refused'])", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var interview = await app.DbAsync(db => db.Interviews.AsNoTracking().SingleAsync(i => i.CaseId == c.Id));
        Assert.Equal((InterviewStatus.Refused, Informant.Parent, (Guid?)c.Parent2Id), (interview.Status, interview.Informant, interview.PersonId));
        var wave = await app.DbAsync(db => db.Waves.AsNoTracking().SingleAsync(w => w.CaseId == c.Id && w.Label == "T0"));
        Assert.NotEqual(WaveStatus.Completed, wave.Status);
    }

    [Fact]
    public async Task A_status_button_on_a_stale_page_changes_nothing_and_shows_the_stored_version()
    {
        var (user, first) = await FieldworkSetup.InterviewerAsync(app);
        var second = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);
        var path = FieldworkSetup.InterviewPath(c, "T0", "Parent", c.Parent1Id);
        await first.PostFormAsync(path, Form, new() { ["Input.Answers[problem_severity]"] = "5" }, DraftButton);
        var stale = await first.PageAsync(path);
        await second.PostFormAsync(path, Form, new() { ["Input.Answers[problem_severity]"] = "7" }, DraftButton);

        var response = await first.PostFormAsync(stale, "form:has(input[name='Input.Status'][value='NotReachable'])", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("De status is niet gewijzigd.", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.QuerySelector("fieldset#item-problem_severity input[value='7']")!).IsChecked);
        Assert.Equal(InterviewStatus.Draft, await app.DbAsync(db => db.Interviews.Where(i => i.CaseId == c.Id).Select(i => i.Status).SingleAsync()));
        Assert.Equal("7", await StoredAsync(c, "problem_severity"));
    }

    [Fact]
    public async Task A_parent_interview_opened_without_a_person_is_tied_to_the_first_parent()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born14, IncludedOct);

        var page = await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T0", "Parent"));

        Assert.Contains($"person={c.Parent1Id}", page.QuerySelector(Form)!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.StartsWith("Gezaghebbende 1 (", page.QuerySelector(".switcher p:nth-of-type(2) a[aria-current]")!.TextContent, StringComparison.Ordinal);
    }

    private Task<string?> StoredAsync(SeededCase c, string itemId) =>
        app.DbAsync(db => db.Answers.AsNoTracking()
            .Where(a => a.ItemId == itemId && db.Interviews.Any(i => i.Id == a.InterviewId && i.CaseId == c.Id))
            .Select(a => a.Value).SingleAsync());

    private static string ErrorOf(IHtmlDocument page, string itemId) =>
        page.QuerySelector($"fieldset#item-{itemId} p.error")?.TextContent ?? $"(no error shown for {itemId})";

    private static async Task<string> TokenAsync(TestBrowser browser, string path)
    {
        var page = await browser.PageAsync(path);
        return ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
    }
}
