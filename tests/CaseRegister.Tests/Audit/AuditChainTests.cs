using CaseRegister.Tests.Support;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Audit;

public class AuditChainTests
{
    private static async Task<AppFactory> AppWithEntriesAsync(int count)
    {
        var app = new AppFactory();
        var audit = app.Services.GetRequiredService<AuditLog>();
        for (var i = 1; i <= count; i++)
            await audit.WriteAsync(new AuditEvent("case.read-identity") { ResearchCode = $"ZW-2026-{i:000}", ActorName = "tester" });
        return app;
    }

    private static async Task<(int Exit, string Output)> VerifyWithCliAsync(AppFactory app)
    {
        var output = new StringWriter();
        var exit = await CommandLine.RunAsync(["audit", "verify", "--Storage:DataFolder", app.DataFolder], output, new StringWriter());
        return (exit, output.ToString());
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        using var app = await AppWithEntriesAsync(5);
        var (exit, output) = await VerifyWithCliAsync(app);
        Assert.Equal(0, exit);
        Assert.Contains("intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_altered_in_the_database_is_named_by_audit_verify()
    {
        using var app = await AppWithEntriesAsync(5);
        var firstTarget = await app.WithScopeAsync(sp => sp.GetRequiredService<Web.Data.CaseRegisterDbContext>().AuditEntries
            .Where(e => e.ResearchCode == "ZW-2026-003").Select(e => e.Sequence).SingleAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ResearchCode\" = 'ZW-2026-999' WHERE \"ResearchCode\" = 'ZW-2026-003'"));

        var (exit, output) = await VerifyWithCliAsync(app);

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains($"BROKEN at entry {firstTarget}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_deleted_from_the_database_is_named_by_audit_verify()
    {
        using var app = await AppWithEntriesAsync(5);
        var deleted = await app.WithScopeAsync(sp => sp.GetRequiredService<Web.Data.CaseRegisterDbContext>().AuditEntries
            .Where(e => e.ResearchCode == "ZW-2026-002").Select(e => e.Sequence).SingleAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"ResearchCode\" = 'ZW-2026-002'"));

        var (exit, output) = await VerifyWithCliAsync(app);

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains($"BROKEN at entry {deleted}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_refuses_to_rewrite_an_audit_entry()
    {
        using var app = await AppWithEntriesAsync(1);
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Details = "rewritten";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Control_characters_in_logged_values_cannot_forge_log_lines()
    {
        using var app = new AppFactory();
        await app.Services.GetRequiredService<AuditLog>().WriteAsync(new AuditEvent("login.failed", AuditOutcome.Denied) { ActorName = "eve\r\n2026-01-01 login Success admin" });

        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<Web.Data.CaseRegisterDbContext>().AuditEntries.Where(e => e.Action == "login.failed").Select(e => e.ActorName).SingleAsync());

        Assert.DoesNotContain('\n', stored!);
        Assert.DoesNotContain('\r', stored!);
    }
}
