using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Microdata;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.6: the audit log and the application log cannot be forged through input (CR/LF in an
// e-mail address, a code, a search or a reason), and tampering with the stored audit chain
// (altering, deleting, reordering, forging an entry) is reported by the verifier. Altering and
// deleting a row are also proven through the CLI in Audit/AuditChainTests, a deleted tail and a
// moved checkpoint in Jobs/AuditVerificationJobTests.
[Collection(AttackHost.Collection)]
public class Spec4_6_AuditAndLogAttacks(AttackHost app)
{
    public const string Forged = "FORGED-ENTRY";
    private static readonly char[] LineBreaks = ['\r', '\n'];

    private static readonly string Injection = $"\r\n2026-11-02 09:00:00 info: {Forged} admin@example.org signed in\r\n";

    [Fact] // SPEC §4.6 (no forged lines in the log or the audit log)
    public async Task Line_breaks_in_login_e_mail_codes_searches_and_reasons_forge_no_log_line_and_no_audit_line()
    {
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var victim = await app.CreateUserAsync(Roles.Interviewer);
        var anonymous = app.Browser();
        var responses = new List<(string Name, HttpResponseMessage Response)>
        {
            ("login e-mail", await anonymous.SubmitAsync("/Account/Login", new() { ["Input.Email"] = "eve@example.org" + Injection, ["Input.Password"] = "wrong password" + Injection })),
            ("login of a real account", await anonymous.SubmitAsync("/Account/Login", new() { ["Input.Email"] = victim.Email, ["Input.Password"] = AppFactory.Password })),
        };
        responses.Add(("authenticator code", await anonymous.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = "123456" + Injection })));
        responses.Add(("invitation e-mail", await coordinator.SubmitAsync("/Users", new() { ["Input.Email"] = $"x{Injection}Bcc: evil@example.org", ["Input.Role"] = Roles.Interviewer })));
        responses.Add(("invitation", await coordinator.SubmitAsync("/Users", new() { ["Input.Email"] = "nieuw@example.org", ["Input.Role"] = Roles.Interviewer })));
        responses.Add(("audit search", await coordinator.GetAsync("/AuditTrail?code=" + Uri.EscapeDataString("ZW" + Injection) + "&action=" + Uri.EscapeDataString("case" + Injection))));
        responses.Add(("case list filter", await coordinator.GetAsync("/Cases?status=" + Uri.EscapeDataString("Active" + Injection))));
        var (caseId, _) = await StudyData.CaseAsync(app, surname: "Regelbreuk");
        responses.Add(("withdrawal reason", await coordinator.SubmitAsync($"/Cases/Withdraw?id={caseId}",
            new() { ["Input.WithdrawnOn"] = app.Clock.Today.ToString("yyyy-MM-dd"), ["Input.WithdrawnBy"] = "Youth", ["Input.Scope"] = "NoFurtherContact", ["Input.Reason"] = "verhuisd" + Injection }, getPath: $"/Cases/Withdraw?id={caseId}")));
        await app.WithScopeAsync(sp => sp.GetRequiredService<MicrodataExport>().WriteAsync(new MicrodataOptions([app.Clock.Today.Year], false, false, "eigen analyse" + Injection), new MemoryStream()));

        var errors = responses.Where(r => (int)r.Response.StatusCode >= 500).Select(r => $"{r.Name}: {(int)r.Response.StatusCode}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // The capture works: the good invitation's e-mail was logged.
        Assert.Contains(app.LogLines, l => l.Contains("Sent e-mail", StringComparison.Ordinal));
        var forgedLog = app.LogLines.Where(l => l.Split(LineBreaks).Skip(1).Any(line => line.Contains(Forged, StringComparison.Ordinal))).ToList();
        Assert.True(forgedLog.Count == 0, "log messages with a forged line: " + string.Join("\n---\n", forgedLog));

        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.AsNoTracking().ToListAsync());
        var broken = audit.Where(e => new[] { e.ActorName, e.OnBehalfOf, e.Action, e.ResearchCode, e.Target, e.Details, e.ClientAddress }
            .Any(v => v is not null && v.IndexOfAny(LineBreaks) >= 0)).Select(e => $"{e.Sequence} {e.Action}").ToList();
        Assert.True(broken.Count == 0, "audit entries with a line break: " + string.Join(", ", broken));
        // The reasons did reach the audit log, so the check above saw them.
        Assert.Contains(audit, e => e.Details?.Contains(Forged, StringComparison.Ordinal) == true && e.Action == "export.microdata");

        var mails = Directory.Exists(Path.Combine(app.DataFolder, "mail")) ? Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml", SearchOption.AllDirectories) : [];
        foreach (var mail in mails)
        {
            var headers = File.ReadAllText(mail).Split("\r\n\r\n")[0];
            Assert.DoesNotContain("evil@example.org", headers, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Forged, headers, StringComparison.Ordinal);
        }
    }

    [Fact] // SPEC §4.6 (hash chain: reordering)
    public async Task Two_audit_entries_swapped_in_the_database_are_reported_at_the_first_of_them()
    {
        await WriteEntriesAsync(4, "swap");
        var (second, third) = await app.WithScopeAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.Details == "swap").OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
            return (ids[1], ids[2]);
        });
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = -1 WHERE \"Sequence\" = {second}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {second} WHERE \"Sequence\" = {third}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {third} WHERE \"Sequence\" = -1");
        });
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.IsIntact);
            Assert.Equal(second, result.FirstBrokenSequence);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = -1 WHERE \"Sequence\" = {second}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {second} WHERE \"Sequence\" = {third}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {third} WHERE \"Sequence\" = -1");
            });
        }
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact] // SPEC §4.6 (hash chain: an entry rewritten with a recomputed hash, or appended, by someone without the key)
    public async Task An_entry_altered_or_appended_with_a_hash_computed_without_the_audit_key_is_reported()
    {
        await WriteEntriesAsync(3, "forge");
        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var last = entries[^1];
        var target = entries[^2];

        // Appended: the attacker copies the chain's shape and links to the last hash, but can only
        // compute the MAC with a key of their own.
        var forged = new AuditEntry
        {
            Sequence = last.Sequence + 1, OccurredAtUtc = last.OccurredAtUtc, Action = "login", Outcome = AuditOutcome.Success, ActorName = "admin@example.org",
            PreviousHash = last.Hash, Hash = "",
        };
        forged.Hash = AuditLog.ComputeHash(new byte[32], forged);
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(forged);
            await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal(forged.Sequence, (await VerifyAsync()).FirstBrokenSequence);
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {forged.Sequence}"));
        }

        // Altered in place, its hash recomputed with a guessed key.
        var altered = new AuditEntry
        {
            Sequence = target.Sequence, OccurredAtUtc = target.OccurredAtUtc, ActorUserId = target.ActorUserId, ActorName = target.ActorName, Action = target.Action,
            Outcome = target.Outcome, ResearchCode = "ZW-2026-999", Target = target.Target, Details = target.Details, ClientAddress = target.ClientAddress,
            PreviousHash = target.PreviousHash, Hash = "",
        };
        var hash = AuditLog.ComputeHash(new byte[32], altered);
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"ResearchCode\" = {"ZW-2026-999"}, \"Hash\" = {hash} WHERE \"Sequence\" = {target.Sequence}"));
        try
        {
            Assert.Equal(target.Sequence, (await VerifyAsync()).FirstBrokenSequence);
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"ResearchCode\" = {target.ResearchCode}, \"Hash\" = {target.Hash} WHERE \"Sequence\" = {target.Sequence}"));
        }
        Assert.True((await VerifyAsync()).IsIntact);
    }

    private Task<int> WriteEntriesAsync(int count, string marker) => app.WithScopeAsync(async sp =>
    {
        var audit = sp.GetRequiredService<AuditLog>();
        for (var i = 0; i < count; i++) await audit.WriteAsync(new AuditEvent("case.read-identity") { ResearchCode = $"ZW-2026-{i:000}", Details = marker });
        return 0;
    });

    private Task<AuditVerification> VerifyAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
}
