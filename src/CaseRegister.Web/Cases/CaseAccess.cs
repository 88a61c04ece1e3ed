using System.Security.Claims;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Cases;

// The one per-case authorisation check (SPEC §4.4), used by every case-scoped handler:
// the coordinator may work on every case, an interviewer only on cases assigned to them, nobody
// else on any. A case out of reach looks exactly like a case that does not exist (404), and the
// attempt is audited.
public sealed class CaseAccess(CaseRegisterDbContext db, AuditLog audit)
{
    public IQueryable<Case> Visible(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator)) return db.Cases;
        if (user.IsInRole(Roles.Interviewer) && UserId(user) is { } me) return db.Cases.Where(c => c.AssignedInterviewerId == me);
        return db.Cases.Where(_ => false);
    }

    public static bool MayWorkOn(ClaimsPrincipal user, Guid? assignedInterviewerId) =>
        user.IsInRole(Roles.Coordinator) || (user.IsInRole(Roles.Interviewer) && assignedInterviewerId is { } a && a == UserId(user));

    // The case's id and research code if the user may work on it; null (and an audit entry) if not.
    public async Task<CaseRef?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken ct = default)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.ResearchCode, c.AssignedInterviewerId, c.Status }).FirstOrDefaultAsync(ct);
        if (found is not null && MayWorkOn(user, found.AssignedInterviewerId)) return new CaseRef(found.Id, found.ResearchCode, found.Status);
        await audit.WriteAsync(new AuditEvent("case.access-denied", AuditOutcome.Denied)
        {
            // The code is logged only when the case exists; an unknown id reveals nothing either way.
            ResearchCode = found?.ResearchCode,
            Target = $"case:{caseId}",
        }, ct);
        return null;
    }

    // A record id from a form or query field (person, scan) that is not part of the case in the
    // URL. If it belongs to another case, that case is checked too, so that reaching for someone
    // else's record through a field is audited like reaching for their case by URL.
    public async Task RefuseForeignAsync(ClaimsPrincipal user, Guid ownCaseId, Guid? otherCaseId, CancellationToken ct = default)
    {
        if (otherCaseId is { } other && other != ownCaseId) await FindAsync(user, other, ct);
    }

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

public sealed record CaseRef(Guid Id, string ResearchCode, CaseStatus Status);
