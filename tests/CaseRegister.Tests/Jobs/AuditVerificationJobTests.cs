using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Jobs;

public class AuditVerificationJobTests
{
    private static async Task WriteEntriesAsync(AppFactory app, int count)
    {
        var audit = app.Services.GetRequiredService<AuditLog>();
        for (var i = 0; i < count; i++) await audit.WriteAsync(new AuditEvent("test.entry") { Target = $"n:{i}" });
    }

    private static Task<long> LastSequenceAsync(AppFactory app) => app.DbAsync(db => db.AuditEntries.MaxAsync(a => a.Sequence));

    [Fact]
    public async Task An_intact_chain_passes_and_leaves_a_checkpoint_at_its_last_entry()
    {
        using var app = new AppFactory();
        await WriteEntriesAsync(app, 5);
        var last = await LastSequenceAsync(app);

        var run = await app.RunOkAsync<AuditVerificationJob>();

        var checkpoint = await app.DbAsync(db => db.Set<AuditCheckpoint>().SingleAsync());
        Assert.Equal(last, checkpoint.Sequence);
        Assert.Contains("\"intact\":1", run.Counts, StringComparison.Ordinal);
        var before = await JobTestSupport.StateAsync(app);
        await app.RunOkAsync<AuditVerificationJob>();
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }

    [Fact]
    public async Task An_altered_entry_fails_the_run_and_alerts_the_admins_once_without_details()
    {
        using var app = new AppFactory();
        await app.CreateUserAsync(Roles.Admin, "admin@example.org");
        await WriteEntriesAsync(app, 5);
        await app.RunOkAsync<AuditVerificationJob>();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'changed' WHERE \"Sequence\" = 3"));

        var run = await app.RunAsync<AuditVerificationJob>();

        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.Contains("Entry 3", run.Message, StringComparison.Ordinal);
        var notification = await app.DbAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((Roles.Admin, JobMessages.AuditChainBroken), (notification.Role, notification.Text));
        var mail = Assert.Single(JobTestSupport.Mails(app));
        Assert.Contains("admin@example.org", mail.Headers, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("test.entry", mail.Body, StringComparison.Ordinal);

        var before = await JobTestSupport.StateAsync(app);
        var again = await app.RunAsync<AuditVerificationJob>();
        Assert.Equal(JobOutcome.Failed, again.Outcome);
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }

    [Fact]
    public async Task A_deleted_tail_is_caught_by_the_checkpoint_although_the_rest_of_the_chain_is_valid()
    {
        using var app = new AppFactory();
        await WriteEntriesAsync(app, 6);
        await app.RunOkAsync<AuditVerificationJob>();
        var last = await LastSequenceAsync(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {last - 2}"));
        Assert.True((await app.WithScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync())).IsIntact);

        var run = await app.RunAsync<AuditVerificationJob>();

        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.Contains("end of the log was deleted", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_moved_back_without_the_key_is_detected()
    {
        using var app = new AppFactory();
        await WriteEntriesAsync(app, 4);
        await app.RunOkAsync<AuditVerificationJob>();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditCheckpoints\" SET \"Sequence\" = 1"));

        var run = await app.RunAsync<AuditVerificationJob>();

        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.Contains("altered", run.Message, StringComparison.Ordinal);
    }
}
