using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Mail;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The nightly audit chain verification (SPEC §2.7, §4.6): the whole chain from the first entry,
// then the checkpoint left by the last good run, which catches a deleted tail. A problem makes the
// run fail (the admin jobs page and /health show it) and alerts the admins in the app and by
// e-mail, without any detail in the mail. The same problem found again the next night is not
// alerted again; the checkpoint moves on only over an intact chain.
[DisallowConcurrentExecution]
public sealed class AuditVerificationJob(CaseRegisterDbContext db, AuditVerifier verifier, StudySecrets secrets, Mailer mailer, IConfiguration configuration,
    IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<AuditVerificationJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    public override string Name => JobCatalog.AuditVerification;

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var counts = new JobCounts();
        var result = await verifier.VerifyAsync(ct);
        counts["entriesChecked"] = (int)Math.Min(result.EntriesChecked, int.MaxValue);
        var checkpoint = await db.Set<AuditCheckpoint>().FirstOrDefaultAsync(c => c.Id == AuditCheckpoint.SingletonId, ct);
        var problem = result.IsIntact ? await CheckpointProblemAsync(checkpoint, result, ct) : $"Entry {result.FirstBrokenSequence}: {result.Problem}.";

        if (problem is null)
        {
            counts["intact"] = 1;
            if (result.EntriesChecked > 0 && result.EntriesChecked != checkpoint?.Sequence)
            {
                var hash = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == result.EntriesChecked).Select(a => a.Hash).SingleAsync(ct);
                if (checkpoint is null)
                {
                    checkpoint = new AuditCheckpoint { Hash = hash, Seal = "" };
                    db.Add(checkpoint);
                }
                checkpoint.Sequence = result.EntriesChecked;
                checkpoint.Hash = hash;
                checkpoint.Seal = AuditCheckpoint.SealFor(secrets.AuditChainKey, checkpoint.Sequence, hash);
                checkpoint.VerifiedAtUtc = NowUtc;
                await db.SaveChangesAsync(ct);
            }
            counts["checkpoint"] = (int)Math.Min(checkpoint?.Sequence ?? 0, int.MaxValue);
            return counts;
        }

        counts["intact"] = 0;
        counts.Problem = "The audit chain is broken. " + problem;
        var previous = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == Name && r.Outcome != JobOutcome.Running)
            .OrderByDescending(r => r.StartedAtUtc).Select(r => r.Message).FirstOrDefaultAsync(ct);
        if (previous == counts.Problem)
        {
            counts["alerted"] = 0;
            return counts;
        }

        db.Notifications.Add(new Notification { Id = Guid.NewGuid(), Role = Roles.Admin, Text = JobMessages.AuditChainBroken, Link = "/Admin/Jobs", CreatedAtUtc = NowUtc });
        await db.SaveChangesAsync(ct);
        var url = JobMessages.PublicUrl(configuration);
        var admins = await JobMessages.RecipientsAsync(db, Roles.Admin, ct);
        foreach (var (_, email) in admins)
        {
            await mailer.SendAsync(email, "CaseRegister: de controle van de auditlog heeft een probleem gevonden",
                $"""
                De nachtelijke controle van de auditlog (hashketen) heeft een probleem gevonden.

                Bekijk de details onder {url}/Admin/Jobs en volg de procedure voor beveiligingsincidenten.
                Dit bericht bevat bewust geen details.
                """, ct);
        }
        counts["alerted"] = 1;
        counts["mailsSent"] = admins.Count;
        return counts;
    }

    private async Task<string?> CheckpointProblemAsync(AuditCheckpoint? checkpoint, AuditVerification result, CancellationToken ct)
    {
        if (checkpoint is null)
        {
            // A chain that was verified before must have a checkpoint; a missing one was removed.
            var verifiedBefore = await db.JobRuns.AsNoTracking().AnyAsync(r => r.JobName == Name && r.Outcome == JobOutcome.Succeeded && r.Counts != null && r.Counts.Contains("\"checkpoint\":") && !r.Counts.Contains("\"checkpoint\":0"), ct);
            return verifiedBefore ? "The checkpoint of the last verification is missing." : null;
        }
        if (checkpoint.Seal != AuditCheckpoint.SealFor(secrets.AuditChainKey, checkpoint.Sequence, checkpoint.Hash))
            return "The checkpoint of the last verification has been altered.";
        if (result.EntriesChecked < checkpoint.Sequence)
            return $"Entries {result.EntriesChecked + 1} to {checkpoint.Sequence}, verified before, are missing (the end of the log was deleted).";
        var hash = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == checkpoint.Sequence).Select(a => a.Hash).FirstOrDefaultAsync(ct);
        return hash == checkpoint.Hash ? null : $"Entry {checkpoint.Sequence} no longer matches the checkpoint.";
    }
}
