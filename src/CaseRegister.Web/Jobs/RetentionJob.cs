using System.Reflection;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The monthly retention job (SPEC §2.7).
// (a) Identity: a case that ended (completed, withdrawn, lost to follow-up, deceased) keeps its
//     identity and contact data for StudySettings.IdentityRetentionMonths after EndedOn. From
//     the day EndedOn + that many months on (not a day earlier) every encrypted identity and
//     contact field of the case and its persons is emptied, the consent scans are deleted and the
//     blind index is cleared; the pseudonymous research data stay.
// (b) Research data: the day after StudySettings.StudyEnd + ResearchRetentionYears every case is
//     deleted with all its research data; an ErasedCase row keeps the research code so it is
//     never reused and the audit trail still makes sense.
// Every case acted on gets an audit entry with its research code.
[DisallowConcurrentExecution]
public sealed class RetentionJob(CaseRegisterDbContext db, AuditLog audit, IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<RetentionJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    private static readonly CaseStatus[] Ended = [CaseStatus.Completed, CaseStatus.Withdrawn, CaseStatus.LostToFollowUp, CaseStatus.Deceased];

    public override string Name => JobCatalog.Retention;

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var today = Today;
        var counts = new JobCounts();
        var settings = await db.StudySettings.AsNoTracking().SingleAsync(ct);

        if (today > settings.StudyEnd.AddYears(settings.ResearchRetentionYears))
        {
            counts["identitiesErased"] = 0;
            counts["casesDeleted"] = await DeleteResearchDataAsync(ct);
            return counts;
        }

        counts["identitiesErased"] = await EraseIdentitiesAsync(settings.IdentityRetentionMonths, today, ct);
        counts["casesDeleted"] = 0;
        return counts;
    }

    public static DateOnly IdentityErasureDate(DateOnly endedOn, int retentionMonths) => endedOn.AddMonths(retentionMonths);

    private async Task<int> EraseIdentitiesAsync(int retentionMonths, DateOnly today, CancellationToken ct)
    {
        // EndedOn + months cannot be computed in SQL portably; the candidates are few (ended,
        // not yet erased), so the date test runs in memory.
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => Ended.Contains(c.Status) && c.EndedOn != null && c.IdentityErasedAtUtc == null)
            .Select(c => new { c.Id, c.ResearchCode, EndedOn = c.EndedOn!.Value }).ToListAsync(ct);
        var due = candidates.Where(c => IdentityErasureDate(c.EndedOn, retentionMonths) <= today).ToList();
        foreach (var @case in due)
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await EraseIdentityAsync(db, @case.Id, NowUtc, ct);
                await transaction.CommitAsync(ct);
            }
            await audit.WriteAsync(new AuditEvent("retention.identity-erased")
            {
                ResearchCode = @case.ResearchCode,
                Target = $"case:{@case.Id}",
                Details = $"ended={@case.EndedOn:yyyy-MM-dd}; retention={retentionMonths} months",
                ActorName = "system:" + JobCatalog.Retention,
            }, ct);
        }
        return due.Count;
    }

    // Empties every [Encrypted] identity or contact property of the case and its persons, found
    // through the attributes so a field added later is covered too.
    internal static async Task EraseIdentityAsync(CaseRegisterDbContext db, Guid caseId, DateTime nowUtc, CancellationToken ct)
    {
        var @case = await db.Cases.Include(c => c.Persons).SingleAsync(c => c.Id == caseId, ct);
        ClearIdentity(@case);
        foreach (var person in @case.Persons) ClearIdentity(person);
        @case.BlindIndex = null;
        @case.IdentityErasedAtUtc = nowUtc;
        await db.SaveChangesAsync(ct);
        await db.ConsentRecords.Where(r => r.CaseId == caseId && r.ScanId != null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ScanId, (Guid?)null), ct);
        await db.ConsentScans.Where(s => s.CaseId == caseId).ExecuteDeleteAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static void ClearIdentity(object entity)
    {
        foreach (var property in entity.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<EncryptedAttribute>()?.Family is FieldFamily.Identity or FieldFamily.Contact && property.CanWrite)
                property.SetValue(entity, null);
        }
    }

    private async Task<int> DeleteResearchDataAsync(CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.ResearchCode, c.CohortId }).ToListAsync(ct);
        foreach (var batch in cases.Chunk(500))
        {
            var ids = batch.Select(c => c.Id).ToList();
            var codes = batch.Select(c => c.ResearchCode).ToList();
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var known = await db.ErasedCases.Where(e => codes.Contains(e.ResearchCode)).Select(e => e.ResearchCode).ToListAsync(ct);
                db.ErasedCases.AddRange(batch.Where(c => !known.Contains(c.ResearchCode))
                    .Select(c => new ErasedCase { ResearchCode = c.ResearchCode, CohortId = c.CohortId, ErasedAtUtc = NowUtc }));
                await db.SaveChangesAsync(ct);
                // Consents first: they point at the persons with a restricting key. Everything
                // else hangs off the case and goes with it (cascade).
                await db.ConsentRecords.Where(r => ids.Contains(r.CaseId)).ExecuteDeleteAsync(ct);
                await db.Interviews.Where(i => ids.Contains(i.CaseId)).ExecuteDeleteAsync(ct);
                await db.Cases.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
                await transaction.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();
            foreach (var @case in batch)
            {
                await audit.WriteAsync(new AuditEvent("retention.research-deleted")
                {
                    ResearchCode = @case.ResearchCode,
                    Target = $"case:{@case.Id}",
                    ActorName = "system:" + JobCatalog.Retention,
                }, ct);
            }
        }
        return cases.Count;
    }
}
