using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.7: script payloads in every name and free-text field come out as text, never as markup,
// on every page that shows them (the pages are found by following links, not listed); every page
// carries the CSP; and no URL, link or redirect carries personal data.
public class Spec4_7_HeaderAndUrlAttacks(Spec4_7_HeaderAndUrlAttacks.Host app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<Spec4_7_HeaderAndUrlAttacks.Host>
{
    // One payload per field, tagged so that each field can be found back on the pages.
    public static string Payload(string tag) => $"<script>alert('{tag}')</script>\"'><img src=x onerror=alert('{tag}')>";

    public const string Surname = "Zwaluwstaart";
    public const string Email = "zwaluw@voorbeeld.nl";
    public const string Phone = "06-98765432";
    public static readonly DateOnly BirthDate = new(2012, 3, 14);

    // Every stored field with a payload, and where it is shown.
    public static readonly string[] StoredTags =
        ["cohort", "region", "team", "user", "given", "parent", "relation", "organisation", "professional", "address", "note", "advice", "answer", "memo", "study", "coordinator", "contact"];

    public sealed class Host : AppFactory, IAsyncLifetime
    {
        public Guid CaseId { get; private set; }
        public Guid RegionId { get; private set; }
        public Guid YouthId { get; private set; }
        public TestBrowser Coordinator { get; private set; } = null!;
        public TestBrowser Admin { get; private set; } = null!;
        public List<Visit> Visits { get; } = [];

        public async Task InitializeAsync()
        {
            var place = await StudyData.PrepareAsync(this);
            var interviewer = await CreateUserAsync(Roles.Interviewer);
            await WithDbAsync(async db =>
            {
                (await db.Cohorts.SingleAsync(c => c.Id == place.CohortId)).Label = Payload("cohort");
                (await db.Regions.SingleAsync(r => r.Id == place.RegionId)).Name = Payload("region");
                (await db.ExpertTeams.SingleAsync(t => t.Id == place.ExpertTeamId)).Name = Payload("team");
                (await db.Users.SingleAsync(u => u.Id == interviewer.Id)).DisplayName = Payload("user");
                var settings = await db.StudySettings.SingleAsync();
                settings.StudyName = Payload("study");
                settings.CoordinatorName = Payload("coordinator");
                settings.CoordinatorContact = Payload("contact");
                await db.SaveChangesAsync();
            });
            RegionId = place.RegionId;
            var today = Clock.Today;
            var enrolled = await StudyData.EnrolAsync(this, BirthDate, interviewer.Id, Surname, r => r with
            {
                YouthGivenNames = Payload("given"),
                YouthAddress = Payload("address"),
                YouthEmail = Email,
                YouthPhone = Phone,
                Others =
                [
                    new PersonInput(PersonRole.ParentalAuthority, Payload("parent"), Payload("relation"), "Dorpsstraat 1", Phone),
                    new PersonInput(PersonRole.ParentalAuthority, "Kees " + Surname, "vader", Email: Email),
                    new PersonInput(PersonRole.Professional, Payload("professional"), Payload("organisation")),
                ],
            });
            Assert.True(enrolled.Succeeded, string.Join("; ", enrolled.Failures.Select(f => f.Render())));
            CaseId = enrolled.CaseId!.Value;
            await WithDbAsync(async db =>
            {
                var t0 = await db.Waves.SingleAsync(w => w.CaseId == CaseId && w.Label == "T0");
                YouthId = await db.CasePersons.Where(p => p.CaseId == CaseId && p.Role == PersonRole.Youth).Select(p => p.Id).SingleAsync();
                var interview = new Interview
                {
                    Id = Guid.NewGuid(), CaseId = CaseId, WaveId = t0.Id, Informant = Informant.Youth, PersonId = YouthId, Status = InterviewStatus.Draft, ProtocolId = "t0-youth", ProtocolVersion = 1,
                    Answers = { new Answer { Id = Guid.NewGuid(), ItemId = "life_story", Text = Payload("answer") } },
                };
                db.Interviews.Add(interview);
                db.ContactAttempts.Add(new ContactAttempt { Id = Guid.NewGuid(), CaseId = CaseId, WaveId = t0.Id, OccurredOn = today, Channel = ContactChannel.Phone, Outcome = ContactOutcome.Reached, Note = Payload("note"), RecordedAtUtc = Clock.GetUtcNow().UtcDateTime });
                db.Advice.Add(new Advice { Id = Guid.NewGuid(), CaseId = CaseId, WaveId = t0.Id, Category = AdviceCategory.Safety, Addressee = AdviceAddressee.Family, Text = Payload("advice"), GivenOn = today });
                db.CodedSegments.Add(new CodedSegment { Id = Guid.NewGuid(), CaseId = CaseId, WaveId = t0.Id, CodeId = "blame", InterviewId = interview.Id, ItemId = "life_story", Memo = Payload("memo"), RecordedAtUtc = Clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync();
            });

            Coordinator = await LoginAsync(await CreateUserAsync(Roles.Coordinator));
            Admin = await LoginAsync(await CreateUserAsync(Roles.Admin));
            await CrawlAsync("coordinator", Coordinator);
            await CrawlAsync("admin", Admin);
            await CrawlAsync("interviewer", await LoginAsync(interviewer));
            // Identity is shown only after an explicit (audited) POST.
            var shown = await Coordinator.SubmitAsync($"/Cases/Identity?id={CaseId}", [], handler: "Show", getPath: $"/Cases/Identity?id={CaseId}");
            Visits.Add(await VisitAsync("coordinator", "POST /Cases/Identity Show", shown));
        }

        // Every page reachable by following links from the home page, as this user.
        private async Task CrawlAsync(string who, TestBrowser browser)
        {
            var queue = new Queue<string>(["/"]);
            var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
            while (queue.Count > 0 && seen.Count < 400)
            {
                var url = queue.Dequeue();
                var visit = await VisitAsync(who, url, await browser.GetAsync(url));
                Visits.Add(visit);
                foreach (var link in visit.Links.Append(visit.Location ?? ""))
                {
                    if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) continue;
                    var path = link.Split('#')[0];
                    if (IsStatic(path) || !seen.Add(path)) continue;
                    queue.Enqueue(path);
                }
            }
        }

        private static bool IsStatic(string path) =>
            path.StartsWith("/css/", StringComparison.Ordinal) || path.StartsWith("/js/", StringComparison.Ordinal) || path.StartsWith("/lib/", StringComparison.Ordinal)
            || path.StartsWith("/favicon", StringComparison.Ordinal);

        private static readonly HtmlParser Parser = new();

        private static async Task<Visit> VisitAsync(string who, string url, HttpResponseMessage response)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsStringAsync();
            var document = type == "text/html" ? Parser.ParseDocument(body) : null;
            var links = document is null ? [] : document.All
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action"), e.GetAttribute("formaction") })
                .Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            return new Visit(who, url, response.StatusCode, type, response.Headers.Location?.OriginalString, document, links,
                response.Headers.TryGetValues("Content-Security-Policy", out var csp) ? string.Join(";", csp) : null,
                response.Headers.CacheControl?.ToString() ?? "");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public sealed record Visit(string Who, string Url, HttpStatusCode Status, string? MediaType, string? Location, IHtmlDocument? Document, IReadOnlyList<string> Links, string? Csp, string CacheControl)
    {
        public override string ToString() => $"{Who} {Url}";
    }

    [Fact] // SPEC §4.7 (and §4.4: the pages are reached as each role would)
    public void The_crawl_reaches_the_case_fieldwork_study_and_admin_pages()
    {
        var urls = app.Visits.Where(v => v.Status == HttpStatusCode.OK).Select(v => v.Url.Split('?')[0]).ToHashSet();
        output.WriteLine($"{app.Visits.Count} responses, {urls.Count} distinct pages");
        foreach (var page in new[] { "/Cases", "/Cases/Details", "/Cases/Identity", "/Cases/Consent", "/Cases/ConsentForm", "/Cases/Contacts", "/Cases/Interview", "/Cases/Advice", "/Cases/Coding", "/Study/Regions", "/Study/Cohorts", "/Admin", "/Work", "/Analyses", "/Microdata", "/AuditTrail" })
            Assert.Contains(page, urls);
    }

    [Fact] // SPEC §4.7 (output encoding of every stored name and free text)
    public void Every_stored_payload_is_shown_as_text_and_no_page_contains_injected_markup()
    {
        // The detector itself finds an unencoded payload.
        Assert.NotEmpty(InjectedMarkup(new HtmlParser().ParseDocument("<p>" + Payload("probe") + "</p>")));

        var injected = app.Visits.Where(v => v.Document is not null).SelectMany(v => InjectedMarkup(v.Document!).Select(m => $"{v}: {m}")).ToList();
        Assert.True(injected.Count == 0, string.Join("\n", injected));

        // Shown means: in the text of a page, or as the value of a form field (addresses are shown
        // in the contact form).
        var texts = string.Concat(app.Visits.Where(v => v.Document is not null).Select(v => (v.Document!.Body?.TextContent ?? "")
            + string.Concat(v.Document.QuerySelectorAll("input, textarea").Select(e => e is IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value")))));
        var notShown = StoredTags.Where(tag => !texts.Contains(Payload(tag), StringComparison.Ordinal)).ToList();
        Assert.True(notShown.Count == 0, "payloads never shown (so their encoding is untested): " + string.Join(", ", notShown));
    }

    [Fact] // SPEC §4.7 and §4.9 (a form shown again with what was typed)
    public async Task A_payload_typed_into_a_form_that_is_shown_again_with_errors_stays_text()
    {
        var id = app.CaseId;
        var attempts = new List<(string Name, Func<Task<HttpResponseMessage>> Send)>
        {
            ("withdrawal reason", () => app.Coordinator.SubmitAsync($"/Cases/Withdraw?id={id}", new() { ["Input.WithdrawnOn"] = "01-01-3000", ["Input.Reason"] = Payload("reason") }, getPath: $"/Cases/Withdraw?id={id}")),
            ("enrolment names", () => app.Coordinator.SubmitAsync("/Cases/Enrol", new() { ["Input.YouthGivenNames"] = Payload("enrol"), ["Input.YouthSurname"] = Payload("enrol"), ["Input.Parents[0].Name"] = Payload("enrol"), ["Input.Professionals[0].Relation"] = Payload("enrol"), ["Input.DuplicateOverrideReason"] = Payload("enrol") })),
            ("contact note", () => app.Coordinator.SubmitAsync($"/Cases/Contacts?id={id}", new() { ["Input.OccurredOn"] = "morgen", ["Input.Note"] = Payload("typed") }, handler: "Add", getPath: $"/Cases/Contacts?id={id}")),
            ("advice text", () => app.Coordinator.SubmitAsync($"/Cases/Advice?id={id}", new() { ["Input.GivenOn"] = "gisteren", ["Input.Text"] = Payload("typed") }, handler: "Add", getPath: $"/Cases/Advice?id={id}")),
            ("region name", () => app.Coordinator.SubmitAsync("/Study/Regions", new() { ["NewRegion.Name"] = Payload("typed"), ["NewRegion.Landsdeel"] = "", ["NewRegion.TeamName"] = Payload("typed") })),
            ("cohort label", () => app.Coordinator.SubmitAsync("/Study/Cohorts", new() { ["Input.Label"] = Payload("typed"), ["Input.Year"] = "nooit" })),
            ("study name", () => app.Coordinator.SubmitAsync("/Study", new() { ["Input.StudyName"] = Payload("typed"), ["Input.DurationYears"] = "-1" })),
            ("login e-mail", () => app.Browser().SubmitAsync("/Account/Login", new() { ["Input.Email"] = Payload("typed"), ["Input.Password"] = "x" })),
        };
        var wrong = new List<string>();
        foreach (var (name, send) in attempts)
        {
            var response = await send();
            var document = await TestBrowser.ParseAsync(response);
            if (response.StatusCode != HttpStatusCode.OK) wrong.Add($"{name}: answered {(int)response.StatusCode} instead of showing the form again");
            wrong.AddRange(InjectedMarkup(document).Select(m => $"{name}: {m}"));
            var values = document.QuerySelectorAll("input, textarea").Select(e => e is IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value")).ToList();
            if (!values.Any(v => v?.StartsWith("<script>", StringComparison.Ordinal) == true)) wrong.Add($"{name}: the typed text was not given back");
        }
        var audit = await app.Coordinator.PageAsync("/AuditTrail?code=" + Uri.EscapeDataString(Payload("search")) + "&action=" + Uri.EscapeDataString(Payload("search")));
        wrong.AddRange(InjectedMarkup(audit).Select(m => $"audit trail search: {m}"));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.7 (CSP with nonces, frame-ancestors, no-store on case pages)
    public void Every_page_carries_the_content_security_policy_and_case_pages_are_never_stored()
    {
        var wrong = new List<string>();
        foreach (var visit in app.Visits.Where(v => v.MediaType == "text/html"))
        {
            if (visit.Csp is null || !visit.Csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || visit.Csp.Contains("unsafe-inline", StringComparison.Ordinal))
                wrong.Add($"{visit}: CSP '{visit.Csp}'");
            var nonce = visit.Csp is null ? null : System.Text.RegularExpressions.Regex.Match(visit.Csp, "'nonce-([^']+)'").Groups[1].Value;
            foreach (var script in visit.Document!.Scripts.Where(s => s.Source is null or "" && s.Text.Trim().Length > 0))
                if (string.IsNullOrEmpty(nonce) || script.GetAttribute("nonce") != nonce) wrong.Add($"{visit}: inline script without the response's nonce");
        }
        foreach (var visit in app.Visits.Where(v => v.Url.StartsWith("/Cases", StringComparison.Ordinal) || v.Url.StartsWith("POST /Cases", StringComparison.Ordinal)))
            if (!visit.CacheControl.Contains("no-store", StringComparison.Ordinal)) wrong.Add($"{visit}: Cache-Control '{visit.CacheControl}'");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.7 (no personal data in URLs)
    public void No_url_link_or_redirect_carries_the_name_birth_date_e_mail_or_phone_of_the_youth()
    {
        string[] personal =
        [
            Surname, Email, Uri.EscapeDataString(Email), Phone, Phone.Replace("-", "", StringComparison.Ordinal), "zwaluw",
            BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), BirthDate.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
            BirthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), BirthDate.ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture),
        ];
        var urls = app.Visits.SelectMany(v => v.Links.Append(v.Url).Append(v.Location ?? "").Select(u => (Visit: v, Url: u))).ToList();
        var leaks = urls.Where(u => personal.Any(p => Uri.UnescapeDataString(u.Url).Contains(p, StringComparison.OrdinalIgnoreCase))).Select(u => $"{u.Visit}: {u.Url}").Distinct().ToList();

        Assert.True(app.Visits.Count > 40, $"the crawl saw only {app.Visits.Count} pages");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        // The name is really on a page the crawl saw (identity shown), so the search above could have found it.
        Assert.Contains(app.Visits, v => v.Document?.Body?.TextContent.Contains(Surname, StringComparison.Ordinal) == true);
    }

    [Theory] // SPEC §4.7 (no URL leaves the app through a return address)
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("\\\\evil.example/x")]
    public async Task A_return_address_pointing_outside_the_app_is_replaced_by_a_local_one(string target)
    {
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var browser = app.Browser();
        var escaped = Uri.EscapeDataString(target);

        var language = await browser.SubmitAsync("/Language", new() { ["culture"] = "nl-NL", ["returnUrl"] = target }, getPath: "/Account/Login");
        var password = await browser.SubmitAsync($"/Account/Login?ReturnUrl={escaped}", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password }, getPath: $"/Account/Login?ReturnUrl={escaped}");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = await browser.SubmitAsync($"/Account/TwoFactor?ReturnUrl={escaped}", new() { ["Input.Code"] = app.CurrentCode(user) }, getPath: $"/Account/TwoFactor?ReturnUrl={escaped}");

        foreach (var (step, response) in new[] { ("language", language), ("password", password), ("code", code) })
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            Assert.True(location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal),
                $"{step}: redirected to '{location}'");
        }
        Assert.Equal("/", code.Headers.Location?.OriginalString);
    }

    // Markup that only an unencoded payload could have produced: a script element running our
    // alert, an img with src=x, or any on* event attribute (the CSP forbids them in this app anyway).
    private static IEnumerable<string> InjectedMarkup(IDocument document)
    {
        foreach (var script in document.Scripts.Where(s => s.Text.Contains("alert(", StringComparison.Ordinal)))
            yield return "script element: " + script.OuterHtml;
        foreach (var element in document.All)
        {
            if (element.LocalName == "img" && element.GetAttribute("src") == "x") yield return "img element: " + element.OuterHtml;
            foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                yield return $"event attribute {attribute.Name} on <{element.LocalName}>";
        }
    }
}
