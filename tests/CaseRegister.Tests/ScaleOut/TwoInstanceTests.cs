using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.ScaleOut;

// SPEC §5 scale-out: several app instances share one PostgreSQL database and one key folder
// (README "Scale-out"). A load balancer may send each request to either instance, so a session,
// an antiforgery token and every encrypted field must work on both. That the clustered scheduler
// fires each job once is proven in Jobs/SchedulerTests.
public sealed class TwoInstanceTests : IDisposable
{
    private readonly TempFolder _keys = new();
    private readonly AppFactory _first;
    private readonly AppFactory _second;

    public TwoInstanceTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CaseRegister"] = TestDatabases.CreatePostgresDatabase(),
            ["Encryption:KeysFolder"] = Path.Combine(_keys.Path, "field"),
            ["DataProtection:KeysFolder"] = Path.Combine(_keys.Path, "app"),
        };
        _first = new AppFactory(DatabaseProvider.Postgres, settings);
        _ = _first.Services;
        _second = new AppFactory(DatabaseProvider.Postgres, settings);
        _ = _second.Services;
    }

    [Fact]
    public async Task A_session_and_its_form_tokens_work_on_both_instances_and_logout_on_one_ends_it_on_both()
    {
        var coordinator = await _first.CreateUserAsync(Roles.Coordinator);
        using var onFirst = await _first.LoginAsync(coordinator);
        using var onSecond = _second.Browser(onFirst.Cookies);

        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/Cases")).StatusCode);

        // A form served by one instance is accepted by the other (shared antiforgery keys).
        var form = await onFirst.PageAsync("/Study/Cohorts");
        var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var created = await onSecond.PostAsync("/Study/Cohorts", new()
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Year"] = "2027", ["Input.Label"] = "Cohort 2027", ["Input.InclusionStart"] = "2027-01-01",
            ["Input.InclusionEnd"] = "2027-12-31", ["Input.TargetSize"] = "40",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Cohort 2027", (await onFirst.PageAsync("/Study/Cohorts")).Body!.TextContent, StringComparison.Ordinal);

        // The session lives in the shared database: logging out on the second instance ends it on the first.
        await onSecond.SubmitAsync("/Account/Logout", [], getPath: "/");
        var replay = await onFirst.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Account/Login", replay.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_encrypted_by_one_instance_is_read_by_the_other_and_a_rotated_key_waits_until_every_instance_has_it()
    {
        var before = await StudyData.CaseAsync(_first, surname: "Vermeulen");

        // `keys rotate` next to running instances: the new key is in the shared folder at once, but
        // the old key keeps encrypting through the propagation window, so that the other instance
        // (which loaded the ring before the key existed) never meets a value it cannot decrypt.
        var rotated = _first.Services.GetRequiredService<FieldKeyRing>().CreateKey();
        Assert.True(rotated.ActivationDate > DateTimeOffset.UtcNow.Add(FieldKeyRing.PropagationWindow).AddMinutes(-5));
        Assert.Contains(_second.Services.GetRequiredService<FieldKeyRing>().Keys, k => k.KeyId == rotated.KeyId);
        var after = await StudyData.CaseAsync(_first, surname: "Bakker");
        Assert.Equal(await KeyIdAsync(before.Id), await KeyIdAsync(after.Id));

        var coordinator = await _first.CreateUserAsync(Roles.Coordinator);
        using var onFirst = await _first.LoginAsync(coordinator);
        using var onSecond = _second.Browser(onFirst.Cookies);
        foreach (var (browser, (id, _), surname) in new[] { (onFirst, after, "Bakker"), (onSecond, before, "Vermeulen"), (onSecond, after, "Bakker") })
        {
            var shown = await browser.SubmitAsync($"/Cases/Identity?id={id}", [], handler: "Show", getPath: $"/Cases/Identity?id={id}");
            var page = shown.StatusCode == HttpStatusCode.Redirect ? await browser.PageAsync(shown.Headers.Location!.OriginalString) : await TestBrowser.ParseAsync(shown);
            Assert.Contains(surname, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    // The id of the field key a case's encrypted date of birth was written with (DataProtection
    // payload: a 4-byte magic header, then the key id).
    private Task<Guid> KeyIdAsync(Guid caseId) => _first.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CaseRegisterDbContext>();
        var stored = await db.Database.SqlQuery<string>($"SELECT \"DateOfBirth\" AS \"Value\" FROM \"Cases\" WHERE \"Id\" = {caseId}").SingleAsync();
        return new Guid(WebEncoders.Base64UrlDecode(stored).AsSpan(4, 16));
    });

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        _keys.Dispose();
    }
}
