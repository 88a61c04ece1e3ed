using System.Net;
using System.Net.Http.Headers;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Cases;

public class CasePagesTests
{
    private static Task<List<string>> ActionsAsync(AppFactory app, string? code = null) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => code == null || e.ResearchCode == code).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task The_coordinator_enrols_a_youth_through_the_form_and_lands_on_the_case_page()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await coordinator.SubmitAsync("/Cases/Enrol", StudyData.EnrolmentForm(place, app.Clock.Today));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coordinator.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("ZW-2026-001", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Visser", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_failed_rule_is_shown_at_once_and_the_typed_values_stay()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var today = app.Clock.Today;
        var form = StudyData.EnrolmentForm(place, today);
        form["Input.DateOfBirth"] = today.AddYears(-7).ToString("yyyy-MM-dd");
        form["Input.CareSetting"] = nameof(CareSetting.FosterCare);
        form["Input.ExpertTeamDiscussedOn"] = today.AddDays(3).ToString("yyyy-MM-dd");

        var response = await coordinator.SubmitAsync("/Cases/Enrol", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        var summary = page.QuerySelector(".errors")!.TextContent;
        Assert.Contains("7 jaar", summary, StringComparison.Ordinal);
        Assert.Contains("JZ+", summary, StringComparison.Ordinal);
        Assert.Contains("toekomst", summary, StringComparison.Ordinal);
        Assert.Equal("Visser", page.QuerySelector("input[name='Input.YouthSurname']")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.CountAsync()));
    }

    [Fact]
    public async Task A_script_in_a_name_field_is_rendered_encoded()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var form = StudyData.EnrolmentForm(place, app.Clock.Today);
        form["Input.Parents[0].Name"] = "<script>alert('x')</script>";
        var created = await coordinator.SubmitAsync("/Cases/Enrol", form);
        var id = created.Headers.Location!.OriginalString.Split("id=")[1];

        var shown = await coordinator.SubmitAsync($"/Cases/Identity?id={id}", [], handler: "Show", getPath: $"/Cases/Identity?id={id}");

        var html = await shown.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interviewer_reaches_only_assigned_cases_and_every_other_attempt_is_a_logged_404()
    {
        using var app = new AppFactory();
        var a = await app.CreateUserAsync(Roles.Interviewer);
        var b = await app.CreateUserAsync(Roles.Interviewer);
        var mine = await StudyData.CaseAsync(app, interviewerId: a.Id, surname: "Eigen");
        var theirs = await StudyData.CaseAsync(app, interviewerId: b.Id, surname: "Ander");
        var browser = await app.LoginAsync(a);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Cases/Details?id={mine.Id}")).StatusCode);
        foreach (var path in new[] { "/Cases/Details", "/Cases/Identity", "/Cases/Consent" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"{path}?id={theirs.Id}")).StatusCode);

        // A POST to someone else's case, with this user's own valid antiforgery token.
        var token = (await browser.PageAsync($"/Cases/Identity?id={mine.Id}")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/Cases/Identity?id={theirs.Id}&handler=Show", new() { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        // A person of the other case in the hidden field of a form of an own case.
        var otherPerson = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().CasePersons.Where(p => p.CaseId == theirs.Id).Select(p => p.Id).FirstAsync());
        var tampered = await browser.PostAsync($"/Cases/Identity?id={mine.Id}&handler=UpdateContact", new() { ["__RequestVerificationToken"] = token, ["Contact.PersonId"] = otherPerson.ToString(), ["Contact.Phone"] = "0600000000" });
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);

        var list = await browser.PageAsync("/Cases");
        Assert.Contains(mine.ResearchCode, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ResearchCode, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.True((await ActionsAsync(app, theirs.ResearchCode)).Count(x => x == "case.access-denied") >= 4);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/Cases/Withdraw?id={mine.Id}")).StatusCode);
    }

    [Fact]
    public async Task Showing_identity_is_an_explicit_audited_action()
    {
        using var app = new AppFactory();
        var (id, code) = await StudyData.CaseAsync(app, surname: "Zichtbaar");
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var before = await coordinator.PageAsync($"/Cases/Identity?id={id}");
        Assert.DoesNotContain("Zichtbaar", before.Body!.TextContent, StringComparison.Ordinal);
        var shown = await coordinator.SubmitAsync($"/Cases/Identity?id={id}", [], handler: "Show", getPath: $"/Cases/Identity?id={id}");

        Assert.Contains("Zichtbaar", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("case.read-identity", await ActionsAsync(app, code));
    }

    [Fact]
    public async Task Withdrawal_without_erasure_cancels_open_work_and_keeps_the_data()
    {
        using var app = new AppFactory();
        var (id, code) = await StudyData.CaseAsync(app);
        await app.WithDbAsync(async db =>
        {
            var wave = await db.Waves.FirstAsync(w => w.CaseId == id);
            db.CaseTasks.Add(new CaseTask { Id = Guid.NewGuid(), CaseId = id, Kind = CaseTaskKind.WaveContact, WaveId = wave.Id, DueOn = wave.DueOn, State = ContactTaskState.Open });
            await db.SaveChangesAsync();
        });
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        await coordinator.SubmitAsync($"/Cases/Withdraw?id={id}", new() { ["Input.WithdrawnOn"] = app.Clock.Today.ToString("yyyy-MM-dd"), ["Input.WithdrawnBy"] = "Youth", ["Input.Scope"] = "NoFurtherContact", ["Input.IsObjection"] = "true" }, getPath: $"/Cases/Withdraw?id={id}");

        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.Include(x => x.Waves).Include(x => x.Persons).SingleAsync(x => x.Id == id);
            Assert.Equal(CaseStatus.Withdrawn, c.Status);
            Assert.All(c.Waves, w => Assert.Equal(WaveStatus.Cancelled, w.Status));
            Assert.All(await db.CaseTasks.Where(t => t.CaseId == id).ToListAsync(), t => Assert.Equal(ContactTaskState.Cancelled, t.State));
            Assert.Contains(c.Persons, p => p.Name == "Sanne Jansen");
        });
        Assert.Contains("case.withdraw", await ActionsAsync(app, code));
    }

    [Fact]
    public async Task Withdrawal_with_identity_erasure_destroys_identity_and_scans_but_keeps_research_data()
    {
        using var app = new AppFactory();
        var (id, code) = await StudyData.CaseAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.ConsentScans.Add(new ConsentScan { Id = Guid.NewGuid(), CaseId = id, ContentType = "application/pdf", SizeBytes = 5, Content = "%PDF-"u8.ToArray() });
            await db.SaveChangesAsync();
        });
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        await coordinator.SubmitAsync($"/Cases/Withdraw?id={id}", new() { ["Input.WithdrawnOn"] = app.Clock.Today.ToString("yyyy-MM-dd"), ["Input.WithdrawnBy"] = "Parent", ["Input.Scope"] = "EraseIdentity", ["Input.ConfirmErase"] = "true" }, getPath: $"/Cases/Withdraw?id={id}");

        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.Include(x => x.Persons).Include(x => x.Placements).Include(x => x.Waves).SingleAsync(x => x.Id == id);
            Assert.Null(c.DateOfBirth);
            Assert.Null(c.BlindIndex);
            Assert.All(c.Persons, p => { Assert.Null(p.Name); Assert.Null(p.Phone); Assert.Null(p.Address); });
            Assert.False(await db.ConsentScans.AnyAsync(s => s.CaseId == id));
            Assert.NotEmpty(c.Placements);
            Assert.NotEmpty(c.Waves);
            Assert.Equal(14, c.AgeAtInclusion);
        });
        Assert.Contains("case.erase-identity", await ActionsAsync(app, code));
    }

    [Fact]
    public async Task Withdrawal_with_full_erasure_deletes_the_case_and_keeps_only_a_tombstone()
    {
        using var app = new AppFactory();
        var (id, code) = await StudyData.CaseAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await coordinator.SubmitAsync($"/Cases/Withdraw?id={id}", new() { ["Input.WithdrawnOn"] = app.Clock.Today.ToString("yyyy-MM-dd"), ["Input.WithdrawnBy"] = "Youth", ["Input.Scope"] = "EraseEverything", ["Input.ConfirmErase"] = "true" }, getPath: $"/Cases/Withdraw?id={id}");

        Assert.Equal("/Cases", response.Headers.Location?.OriginalString);
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Cases.AnyAsync(c => c.Id == id));
            Assert.False(await db.Waves.AnyAsync(w => w.CaseId == id));
            Assert.False(await db.CasePersons.AnyAsync(p => p.CaseId == id));
            Assert.True(await db.ErasedCases.AnyAsync(e => e.ResearchCode == code));
        });
        Assert.Contains("case.erase", await ActionsAsync(app, code));
        Assert.Equal("ZW-2026-002", (await StudyData.CaseAsync(app, surname: "Nieuw")).ResearchCode);
    }

    [Fact]
    public async Task A_signed_scan_is_checked_by_its_bytes_not_its_name()
    {
        using var app = new AppFactory();
        var (id, _) = await StudyData.CaseAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var youth = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().CasePersons.Where(p => p.CaseId == id && p.Role == PersonRole.Youth).Select(p => p.Id).SingleAsync());

        var exe = await UploadAsync(coordinator, id, youth, [0x4D, 0x5A, 0x90, 0x00, 0x03], "toestemming.pdf", app.Clock.Today);
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("geen PDF, JPEG of PNG", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var pdf = await UploadAsync(coordinator, id, youth, "%PDF-1.7\n%fake"u8.ToArray(), "../../etc/passwd", app.Clock.Today);
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        var scans = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().ConsentScans.Where(s => s.CaseId == id).ToListAsync());
        Assert.Equal("application/pdf", Assert.Single(scans).ContentType);
    }

    [Fact]
    public async Task A_scan_over_10_MB_is_refused_before_it_is_stored()
    {
        using var app = new AppFactory();
        var (id, _) = await StudyData.CaseAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var youth = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().CasePersons.Where(p => p.CaseId == id && p.Role == PersonRole.Youth).Select(p => p.Id).SingleAsync());
        var big = new byte[12 * 1024 * 1024];
        "%PDF-"u8.CopyTo(big);

        var response = await UploadAsync(coordinator, id, youth, big, "groot.pdf", app.Clock.Today);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("te groot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().ConsentScans.AnyAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestBrowser browser, Guid caseId, Guid personId, byte[] bytes, string fileName, DateOnly givenOn)
    {
        var page = await browser.PageAsync($"/Cases/Consent?id={caseId}");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(personId.ToString()), "Input.PersonId" },
            { new StringContent(givenOn.ToString("yyyy-MM-dd")), "Input.GivenOn" },
            { new StringContent("Paper"), "Input.Method" },
            { new StringContent("nl"), "Input.Language" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Input.Scan", fileName);
        return await browser.Client.PostAsync($"/Cases/Consent?id={caseId}", content);
    }
}
