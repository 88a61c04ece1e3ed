using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Fieldwork;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.4: "an interviewer reaching another interviewer's case by id, hidden field or handler
// gets 404 and the attempt is logged". The handlers are not listed by hand: every handler of
// every page under /Cases is found through Razor Pages' own handler list and attacked, so a
// handler added later is attacked too. What is listed (small tables below) is only which form
// fields to fill so that an unprotected handler would really write something.
[Collection(AttackHost.Collection)]
public class Spec4_4_CaseAuthorisationAttacks(AttackHost host) : IAsyncLifetime
{
    // Two interviewers' cases with records of every kind, set up once for the class.
    public sealed class World
    {
        public TestUser Me { get; private set; } = null!;
        public TestBrowser Interviewer { get; private set; } = null!;
        public SeededCase Mine { get; private set; } = null!;
        public SeededCase Theirs { get; private set; } = null!;
        public Guid MyAdvice { get; private set; }
        public Guid TheirWave { get; private set; }
        public Guid TheirLaterWave { get; private set; }
        public Guid TheirAdvice { get; private set; }
        public Guid TheirInterview { get; private set; }
        public Guid TheirSegment { get; private set; }
        public Guid TheirScan { get; private set; }
        public string Token { get; private set; } = "";
        public IReadOnlyList<PageHandler> Handlers { get; private set; } = [];

        public static async Task<World> CreateAsync(AttackHost host)
        {
            var w = new World { Me = await host.CreateUserAsync(Roles.Interviewer) };
            var colleague = await host.CreateUserAsync(Roles.Interviewer);
            w.Mine = await FieldworkData.CaseAsync(host, w.Me.Id, Born, Included);
            w.Theirs = await FieldworkData.CaseAsync(host, colleague.Id, Born, Included);
            await host.WithDbAsync(async db =>
            {
                var theirWaves = await db.Waves.Where(x => x.CaseId == w.Theirs.Id).OrderBy(x => x.MonthsAfterBaseline).Select(x => x.Id).ToListAsync();
                var myT0 = await db.Waves.Where(x => x.CaseId == w.Mine.Id && x.Label == "T0").Select(x => x.Id).SingleAsync();
                (w.TheirWave, w.TheirLaterWave) = (theirWaves[0], theirWaves[1]);
                w.TheirAdvice = Guid.NewGuid();
                w.MyAdvice = Guid.NewGuid();
                w.TheirInterview = Guid.NewGuid();
                w.TheirSegment = Guid.NewGuid();
                w.TheirScan = Guid.NewGuid();
                db.Advice.Add(new Advice { Id = w.TheirAdvice, CaseId = w.Theirs.Id, WaveId = w.TheirWave, Category = AdviceCategory.Safety, Addressee = AdviceAddressee.Family, Text = "Advies", GivenOn = new DateOnly(2026, 10, 15) });
                db.Advice.Add(new Advice { Id = w.MyAdvice, CaseId = w.Mine.Id, WaveId = myT0, Category = AdviceCategory.Safety, Addressee = AdviceAddressee.Family, Text = "Advies", GivenOn = new DateOnly(2026, 10, 15) });
                db.Interviews.Add(new Interview
                {
                    Id = w.TheirInterview, CaseId = w.Theirs.Id, WaveId = w.TheirWave, Informant = Informant.Youth, Status = InterviewStatus.Draft, ProtocolId = "t0-youth", ProtocolVersion = 1,
                    Answers = { new Answer { Id = Guid.NewGuid(), ItemId = "life_story", Text = "Hun verhaal" } },
                });
                db.CodedSegments.Add(new CodedSegment { Id = w.TheirSegment, CaseId = w.Theirs.Id, WaveId = w.TheirWave, CodeId = "blame" });
                db.ConsentScans.Add(new ConsentScan { Id = w.TheirScan, CaseId = w.Theirs.Id, ContentType = "application/pdf", SizeBytes = 5, Content = "%PDF-"u8.ToArray() });
                await db.SaveChangesAsync();
            });
            w.Interviewer = await host.LoginAsync(w.Me);
            var page = await w.Interviewer.PageAsync("/Cases/Contacts?id=" + w.Mine.Id);
            w.Token = ((IHtmlInputElement)page.QuerySelector("main form[method=post] input[name='__RequestVerificationToken']")!).Value;
            w.Handlers = await PageHandlers.AllAsync(host.Services);
            return w;
        }
    }

    private World _world = null!;

    public async Task InitializeAsync() => _world = await host.OnceAsync(nameof(Spec4_4_CaseAuthorisationAttacks), () => World.CreateAsync(host));

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Verbs = ["GET", "POST"];
    private static readonly DateOnly Born = new(2012, 5, 1);
    private static readonly DateOnly Included = new(2026, 10, 1);

    // Pages under /Cases that are not about one case: the list (CaseAccess.Visible), enrolment
    // (creates a case) and the codebook overview.
    private static readonly string[] NotCaseScoped = ["/Cases/Index", "/Cases/Enrol", "/Cases/Codes"];

    // Ids an interviewer may send that are not records of a case.
    private static readonly Dictionary<string, string> NotARecordOfACase = new()
    {
        ["/Cases/Interview Input.Version"] = "the concurrency stamp, compared with the stored interview of the case in the URL",
    };

    // The query values each case page needs besides the case id, for the given case.
    private Dictionary<string, string> QueryFor(string page, SeededCase c) => page switch
    {
        "/Cases/Interview" => new() { ["wave"] = "T0", ["informant"] = "Youth" },
        "/Cases/Coding" => new() { ["wave"] = "T0" },
        "/Cases/ConsentForm" => new() { ["person"] = c.YouthId.ToString() },
        _ => [],
    };

    // Fields that make each handler do real work on the other case if it forgot the check.
    private Dictionary<string, string> FieldsFor(PageHandler handler) => handler.Key switch
    {
        "POST /Cases/Contacts Add" => new() { ["Input.OccurredOn"] = "2026-11-01", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached", ["Input.Note"] = "x" },
        "POST /Cases/Interview Draft" or "POST /Cases/Interview Complete" => new() { ["Input.Answers[wellbeing]"] = "5", ["Input.InterviewedOn"] = "2026-11-01" },
        "POST /Cases/Interview Status" => new() { ["Input.Status"] = "Refused" },
        "POST /Cases/Advice Add" => new() { ["Input.WaveId"] = _world.TheirWave.ToString(), ["Input.Category"] = "Safety", ["Input.Addressee"] = "Family", ["Input.GivenOn"] = "2026-11-01", ["Input.Text"] = "x" },
        "POST /Cases/Advice FollowUp" => new() { ["FollowUp.AdviceId"] = _world.TheirAdvice.ToString(), ["FollowUp.WaveId"] = _world.TheirLaterWave.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" },
        "POST /Cases/Coding Add" => new() { ["Input.CodeId"] = "blame" },
        "POST /Cases/Coding Remove" => new() { ["SegmentId"] = _world.TheirSegment.ToString() },
        "POST /Cases/Identity UpdateContact" => new() { ["Contact.PersonId"] = _world.Theirs.Parent1Id.ToString(), ["Contact.Phone"] = "0600000000" },
        "POST /Cases/Consent" => new() { ["Input.PersonId"] = _world.Theirs.YouthId.ToString(), ["Input.GivenOn"] = "2026-11-01", ["Input.Method"] = "Paper", ["Input.Language"] = "nl" },
        "GET /Cases/Consent Scan" => new() { ["scan"] = _world.TheirScan.ToString() },
        "POST /Cases/Withdraw" => new() { ["Input.WithdrawnOn"] = "2026-11-01", ["Input.WithdrawnBy"] = "Youth", ["Input.Scope"] = "NoFurtherContact" },
        "POST /Cases/Assign" => new() { ["InterviewerId"] = _world.Me.Id.ToString() },
        _ => [],
    };

    // Own case in the URL, someone else's record in a field: (handler, the id field attacked, query, form).
    private IEnumerable<(string Handler, string Field, Dictionary<string, string> Query, Dictionary<string, string> Form)> ForeignRecordAttempts()
    {
        var their = _world.Theirs;
        yield return ("GET /Cases/Consent Scan", "scan", new() { ["scan"] = _world.TheirScan.ToString() }, []);
        yield return ("GET /Cases/ConsentForm", "person", new() { ["person"] = their.YouthId.ToString() }, []);
        yield return ("POST /Cases/Consent", "Input.PersonId", [], new() { ["Input.PersonId"] = their.YouthId.ToString(), ["Input.GivenOn"] = "2026-11-01", ["Input.Method"] = "Paper", ["Input.Language"] = "nl" });
        yield return ("POST /Cases/Identity UpdateContact", "Contact.PersonId", [], new() { ["Contact.PersonId"] = their.Parent1Id.ToString(), ["Contact.Phone"] = "0600000000" });
        yield return ("GET /Cases/Interview", "person", new() { ["wave"] = "T0", ["informant"] = "Parent", ["person"] = their.Parent1Id.ToString() }, []);
        yield return ("POST /Cases/Interview Draft", "person", new() { ["wave"] = "T0", ["informant"] = "Parent", ["person"] = their.Parent1Id.ToString() }, new() { ["Input.Answers[wellbeing]"] = "5" });
        yield return ("POST /Cases/Contacts Add", "Input.WaveId", [], new() { ["Input.OccurredOn"] = "2026-11-01", ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached", ["Input.WaveId"] = _world.TheirWave.ToString() });
        yield return ("POST /Cases/Advice Add", "Input.WaveId", [], new() { ["Input.WaveId"] = _world.TheirWave.ToString(), ["Input.Category"] = "Safety", ["Input.Addressee"] = "Family", ["Input.GivenOn"] = "2026-11-01", ["Input.Text"] = "x" });
        yield return ("POST /Cases/Advice FollowUp", "FollowUp.AdviceId", [], new() { ["FollowUp.AdviceId"] = _world.TheirAdvice.ToString(), ["FollowUp.WaveId"] = _world.TheirLaterWave.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" });
        yield return ("POST /Cases/Advice FollowUp", "FollowUp.WaveId", [], new() { ["FollowUp.AdviceId"] = _world.MyAdvice.ToString(), ["FollowUp.WaveId"] = _world.TheirLaterWave.ToString(), ["FollowUp.Followed"] = "Yes", ["FollowUp.Improved"] = "Yes" });
        yield return ("POST /Cases/Coding Remove", "SegmentId", new() { ["wave"] = "T0" }, new() { ["SegmentId"] = _world.TheirSegment.ToString() });
        // Not a Guid field, so not found by type: the fragment names an interview and an item.
        yield return ("POST /Cases/Coding Add", "Input.Fragment", new() { ["wave"] = "T0" }, new() { ["Input.CodeId"] = "blame", ["Input.Fragment"] = $"{_world.TheirInterview}:life_story" });
    }

    [Fact] // SPEC §4.4 (by id in the URL)
    public async Task Every_case_scoped_handler_answers_404_and_is_audited_when_an_interviewer_names_someone_elses_case_in_the_url()
    {
        var before = await FingerprintAsync();
        var wrong = new List<string>();
        var attacked = 0;
        foreach (var handler in CaseScopedHandlers())
        {
            var forbiddenByRole = await ForbiddenForInterviewersAsync(handler.Page);
            var query = new Dictionary<string, string>(QueryFor(handler.Page, _world.Theirs)) { ["id"] = _world.Theirs.Id.ToString() };
            foreach (var (k, v) in handler.Verb == "GET" ? FieldsFor(handler) : []) query[k] = v;
            var url = PageHandlers.Url(handler.Page, handler.Name, [.. query.Select(q => (q.Key, q.Value))]);
            await ExpectRefusedAsync(handler.Key, () => Send(handler.Verb, url, handler.Verb == "POST" ? FieldsFor(handler) : []), forbiddenByRole, wrong);
            attacked++;
        }

        Assert.True(attacked >= 15, $"only {attacked} case-scoped handlers were found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact] // SPEC §4.4 (by handler name)
    public async Task A_handler_name_that_does_not_exist_or_belongs_to_the_other_verb_answers_404_and_is_audited_on_every_case_page()
    {
        var before = await FingerprintAsync();
        var wrong = new List<string>();
        foreach (var page in CaseScopedHandlers().GroupBy(h => h.Page))
        {
            var forbiddenByRole = await ForbiddenForInterviewersAsync(page.Key);
            var names = page.Select(h => h.Name).Where(n => n.Length > 0).Append("Delete").Distinct();
            foreach (var name in names)
            {
                foreach (var verb in Verbs.Where(v => !page.Any(h => h.Verb == v && h.Name == name)))
                {
                    var theirs = new Dictionary<string, string>(QueryFor(page.Key, _world.Theirs)) { ["id"] = _world.Theirs.Id.ToString() };
                    await ExpectRefusedAsync($"{verb} {page.Key} {name} (their case)", () => Send(verb, PageHandlers.Url(page.Key, name, [.. theirs.Select(q => (q.Key, q.Value))]), []), forbiddenByRole, wrong);

                    // On one's own case, Razor Pages falls back to the page's unnamed handler for the
                    // verb (which does its own check); without one, the page must not be rendered
                    // without any handler having run: 404.
                    var mine = new Dictionary<string, string>(QueryFor(page.Key, _world.Mine)) { ["id"] = _world.Mine.Id.ToString() };
                    var own = await Send(verb, PageHandlers.Url(page.Key, name, [.. mine.Select(q => (q.Key, q.Value))]), []);
                    var fallback = page.Any(h => h.Verb == verb && h.Name.Length == 0);
                    if ((int)own.StatusCode >= 500 || (!fallback && own.StatusCode != (forbiddenByRole ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound)))
                        wrong.Add($"{verb} {page.Key} {name} (own case): answered {(int)own.StatusCode}{(fallback ? "" : ", expected 404")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact] // SPEC §4.4 (by hidden or query field)
    public async Task A_record_of_someone_elses_case_in_a_form_or_query_field_answers_404_and_is_audited_while_the_url_names_ones_own_case()
    {
        var before = await FingerprintAsync();
        var wrong = new List<string>();
        var handlers = CaseScopedHandlers().ToDictionary(h => h.Key);
        foreach (var (key, _, query, form) in ForeignRecordAttempts())
        {
            Assert.True(handlers.TryGetValue(key, out var handler), $"{key} is in the attack table but no longer exists");
            var q = new Dictionary<string, string>(QueryFor(handler!.Page, _world.Mine)) { ["id"] = _world.Mine.Id.ToString() };
            foreach (var (k, v) in query) q[k] = v;
            var url = PageHandlers.Url(handler.Page, handler.Name, [.. q.Select(x => (x.Key, x.Value))]);
            await ExpectRefusedAsync(key + " " + string.Join(",", form.Keys.Concat(query.Keys)), () => Send(handler.Verb, url, form), false, wrong);
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact] // SPEC §4.4 (by hidden field: the case id itself posted in the form)
    public async Task A_case_id_posted_in_the_form_cannot_point_a_handler_at_someone_elses_case()
    {
        var before = await FingerprintAsync(_world.Theirs.Id);
        var wrong = new List<string>();
        foreach (var handler in CaseScopedHandlers().Where(h => h.Verb == "POST"))
        {
            if (await ForbiddenForInterviewersAsync(handler.Page)) continue;
            var query = new Dictionary<string, string>(QueryFor(handler.Page, _world.Mine)) { ["id"] = _world.Mine.Id.ToString() };
            var url = PageHandlers.Url(handler.Page, handler.Name, [.. query.Select(q => (q.Key, q.Value))]);
            var auditBefore = await DeniedForTheirsAsync();
            // Model binding reads the form before the query string, so a handler that takes its id
            // as a parameter gets this one: it must then check that case, not the one in the URL.
            var response = await Send("POST", url, new Dictionary<string, string>(FieldsFor(handler)) { ["id"] = _world.Theirs.Id.ToString() });
            if ((int)response.StatusCode >= 500) wrong.Add($"{handler.Key}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.NotFound && await DeniedForTheirsAsync() <= auditBefore) wrong.Add($"{handler.Key}: 404 without an audit entry");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync(_world.Theirs.Id));
    }

    [Fact] // SPEC §4.4: a new id field must be added to the attack above
    public async Task Every_id_field_an_interviewer_can_send_to_a_case_page_is_attacked_above()
    {
        var attacked = ForeignRecordAttempts().Select(a => $"{a.Handler.Split(' ')[1]} {a.Field}").ToHashSet();
        var missing = new List<string>();
        foreach (var handler in CaseScopedHandlers())
        {
            if (await ForbiddenForInterviewersAsync(handler.Page)) continue;
            missing.AddRange(handler.IdFields.Select(f => $"{handler.Page} {f}").Where(f => !attacked.Contains(f) && !NotARecordOfACase.ContainsKey(f)));
        }
        Assert.True(missing.Count == 0, "Id fields no test reaches with someone else's record: " + string.Join(", ", missing.Distinct()));
    }

    [Fact] // SPEC §4.4 (the steering group and the admin have no route to any case page)
    public async Task The_steering_group_and_the_administrator_are_refused_every_case_scoped_handler()
    {
        var wrong = new List<string>();
        foreach (var role in new[] { Roles.SteeringGroup, Roles.Admin })
        {
            var browser = await host.LoginAsync(await host.CreateUserAsync(role));
            var token = ((IHtmlInputElement)(await browser.PageAsync("/Account/Manage")).QuerySelector("main form[method=post] input[name='__RequestVerificationToken']")!).Value;
            foreach (var handler in CaseScopedHandlers().Concat(_world.Handlers.Where(h => NotCaseScoped.Contains(h.Page))))
            {
                var query = new Dictionary<string, string>(QueryFor(handler.Page, _world.Theirs)) { ["id"] = _world.Theirs.Id.ToString() };
                var url = PageHandlers.Url(handler.Page, handler.Name, [.. query.Select(q => (q.Key, q.Value))]);
                var response = handler.Verb == "GET" ? await browser.GetAsync(url)
                    : await browser.PostAsync(url, new Dictionary<string, string>(FieldsFor(handler)) { ["__RequestVerificationToken"] = token });
                if (response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{role} {handler.Key}: {(int)response.StatusCode}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.4 (by handler: a verb no form uses)
    public async Task No_page_method_is_reachable_as_a_handler_through_an_unusual_http_method()
    {
        var odd = _world.Handlers.Where(h => h.Verb is not ("GET" or "POST")).Select(h => h.Key).ToList();

        var wrong = new List<string>();
        foreach (var verb in new[] { "PAGE", "PUT", "DELETE", "PATCH" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(verb), $"/Cases/Contacts?id={_world.Mine.Id}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = _world.Token }),
            };
            var response = await _world.Interviewer.Client.SendAsync(request);
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)) wrong.Add($"{verb}: {(int)response.StatusCode}");
        }

        Assert.True(odd.Count == 0, "methods Razor Pages treats as handlers for other verbs: " + string.Join(", ", odd));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private IEnumerable<PageHandler> CaseScopedHandlers() =>
        _world.Handlers.Where(h => h.Page.StartsWith("/Cases/", StringComparison.Ordinal) && !NotCaseScoped.Contains(h.Page) && h.Verb is "GET" or "POST");

    private readonly Dictionary<string, bool> _forbidden = [];

    // Withdraw and Assign are the coordinator's: an interviewer is stopped by role (403) before any
    // case is looked at. Which pages those are is asked from the app, not listed here.
    private async Task<bool> ForbiddenForInterviewersAsync(string page)
    {
        if (!_forbidden.TryGetValue(page, out var forbidden))
            _forbidden[page] = forbidden = (await _world.Interviewer.GetAsync($"{page}?id={_world.Mine.Id}")).StatusCode == HttpStatusCode.Forbidden;
        return forbidden;
    }

    private async Task ExpectRefusedAsync(string name, Func<Task<HttpResponseMessage>> send, bool forbiddenByRole, List<string> wrong)
    {
        var auditBefore = await DeniedForTheirsAsync();
        var response = await send();
        if (forbiddenByRole)
        {
            if (response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{name}: answered {(int)response.StatusCode}, expected 403 (coordinator's page)");
            return;
        }
        if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{name}: answered {(int)response.StatusCode}, expected 404");
        if (await DeniedForTheirsAsync() <= auditBefore) wrong.Add($"{name}: no case.access-denied entry for {_world.Theirs.ResearchCode}");
    }

    private Task<HttpResponseMessage> Send(string verb, string url, Dictionary<string, string> form) => verb == "GET"
        ? _world.Interviewer.GetAsync(url)
        : _world.Interviewer.PostAsync(url, new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = _world.Token });

    private Task<int> DeniedForTheirsAsync() =>
        host.DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "case.access-denied" && e.ResearchCode == _world.Theirs.ResearchCode));

    // Everything a case page could change, for both cases (encrypted contact fields decrypted).
    private Task<string> FingerprintAsync(Guid? only = null) => host.DbAsync(async db =>
    {
        bool All(Guid caseId) => only is null || caseId == only;
        var persons = (await db.CasePersons.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.CaseId, p.Phone, p.Address, p.Email, p.IsActive }).ToListAsync()).Where(p => All(p.CaseId));
        var cases = (await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Status, c.AssignedInterviewerId, c.ConsentState }).ToListAsync()).Where(c => All(c.Id));
        var waves = (await db.Waves.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.CaseId, w.Status, w.CompletedOn }).ToListAsync()).Where(w => All(w.CaseId));
        var counts = new[]
        {
            (await db.ContactAttempts.Select(x => x.CaseId).ToListAsync()).Count(All), (await db.Interviews.Select(x => x.CaseId).ToListAsync()).Count(All),
            (await (from a in db.Answers join i in db.Interviews on a.InterviewId equals i.Id select i.CaseId).ToListAsync()).Count(All), (await db.Advice.Select(x => x.CaseId).ToListAsync()).Count(All),
            (await db.Advice.Where(a => a.Followed != null).Select(x => x.CaseId).ToListAsync()).Count(All), (await db.CodedSegments.Select(x => x.CaseId).ToListAsync()).Count(All),
            (await db.ConsentRecords.Select(x => x.CaseId).ToListAsync()).Count(All), (await db.ConsentScans.Select(x => x.CaseId).ToListAsync()).Count(All),
            (await db.Assignments.Select(x => x.CaseId).ToListAsync()).Count(All), (await db.Withdrawals.Select(x => x.CaseId).ToListAsync()).Count(All),
            (await db.Placements.Select(x => x.CaseId).ToListAsync()).Count(All),
        };
        return string.Join("|", string.Join(",", counts), string.Join(";", persons), string.Join(";", cases), string.Join(";", waves));
    });
}
