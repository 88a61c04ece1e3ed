using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Cases;

public sealed record WithdrawalRequest(DateOnly WithdrawnOn, WithdrawnBy WithdrawnBy, WithdrawalScope Scope, bool IsObjection, string? Reason);

// Withdrawal or objection (SPEC §2.4), effective at once: open tasks cancelled, open and future
// waves cancelled, and depending on the scope identity destroyed or the whole case erased.
public sealed class Withdrawals(CaseRegisterDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task WithdrawAsync(Guid caseId, WithdrawalRequest request, Guid? byUserId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entity = await db.Cases.Include(c => c.Waves).SingleAsync(c => c.Id == caseId, ct);
        var code = entity.ResearchCode;
        var dateOfBirth = entity.DateOfBirth is { } dob ? DateOnly.ParseExact(dob, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;

        if (request.Scope == WithdrawalScope.EraseEverything)
        {
            db.ErasedCases.Add(new ErasedCase { ResearchCode = code, CohortId = entity.CohortId, ErasedAtUtc = now });
            db.Cases.Remove(entity);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            await audit.WriteAsync(new AuditEvent("case.withdraw") { ResearchCode = code, Details = $"scope={request.Scope} by={request.WithdrawnBy} objection={request.IsObjection}" }, ct);
            await audit.WriteAsync(new AuditEvent("case.erase") { ResearchCode = code, Details = "all research data deleted" }, ct);
            return;
        }

        entity.Status = CaseStatus.Withdrawn;
        entity.EndedOn = request.WithdrawnOn;
        foreach (var wave in entity.Waves.Where(w => w.Status is WaveStatus.Planned or WaveStatus.Due))
            wave.Status = WaveStatus.Cancelled;
        await db.CaseTasks.Where(t => t.CaseId == caseId && (t.State == ContactTaskState.Open || t.State == ContactTaskState.Missed))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, ContactTaskState.Cancelled).SetProperty(t => t.ClosedAtUtc, now), ct);
        db.Withdrawals.Add(new Withdrawal
        {
            Id = Guid.NewGuid(), CaseId = caseId, WithdrawnOn = request.WithdrawnOn, WithdrawnBy = request.WithdrawnBy, Scope = request.Scope,
            IsObjection = request.IsObjection, AgeAtWithdrawal = dateOfBirth is { } d ? Age.InYears(d, request.WithdrawnOn) : 0,
            Reason = string.IsNullOrWhiteSpace(request.Reason) || request.Scope == WithdrawalScope.EraseIdentity ? null : request.Reason.Trim(),
            RecordedAtUtc = now, RecordedByUserId = byUserId,
        });
        if (request.Scope == WithdrawalScope.EraseIdentity) await EraseIdentityAsync(entity, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.WriteAsync(new AuditEvent("case.withdraw") { ResearchCode = code, Details = $"scope={request.Scope} by={request.WithdrawnBy} objection={request.IsObjection}" }, ct);
        if (request.Scope == WithdrawalScope.EraseIdentity)
            await audit.WriteAsync(new AuditEvent("case.erase-identity") { ResearchCode = code }, ct);
    }

    // Identity and contact fields and the consent scans go; pseudonymous research data stay.
    // Also used by the retention job.
    public async Task EraseIdentityAsync(Case entity, DateTime now, CancellationToken ct)
    {
        var persons = await db.CasePersons.Where(p => p.CaseId == entity.Id).ToListAsync(ct);
        foreach (var person in persons)
        {
            person.Name = null;
            person.Relation = null;
            person.Address = null;
            person.Phone = null;
            person.Email = null;
        }
        entity.DateOfBirth = null;
        entity.BlindIndex = null;
        entity.DuplicateOverrideReason = null;
        entity.IdentityErasedAtUtc = now;
        await db.ConsentScans.Where(s => s.CaseId == entity.Id).ExecuteDeleteAsync(ct);
        await db.ConsentRecords.Where(c => c.CaseId == entity.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ScanId, (Guid?)null), ct);
    }
}
