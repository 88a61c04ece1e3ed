using System.Globalization;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Cases;

// The consent status of one case today, computed live from its persons, recorded consents and the
// decrypted date of birth (never shown). Also refreshes the stored Case.ConsentState that lists
// and the dashboard filter on.
public sealed class CaseConsent(CaseRegisterDbContext db, StudyFiles files)
{
    public async Task<ConsentStatus?> EvaluateAsync(Guid caseId, DateOnly today, CancellationToken ct = default)
    {
        var dob = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.DateOfBirth).SingleAsync(ct);
        if (dob is null) return null;
        var persons = await db.CasePersons.AsNoTracking().Where(p => p.CaseId == caseId && p.IsActive).OrderBy(p => p.SortOrder)
            .Select(p => new Consent.CasePerson(p.Id, p.Role)).ToListAsync(ct);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.CaseId == caseId)
            .Select(c => new RecordedConsent(c.PersonId, c.TemplateId, c.TemplateVersion, c.Language, c.GivenOn, c.WithdrawnOn != null && c.WithdrawnOn <= today)).ToListAsync(ct);
        return files.ConsentEvaluator.Evaluate(DateOnly.ParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture), today, persons, consents);
    }

    public async Task<ConsentStatus?> RefreshAsync(Guid caseId, DateOnly today, CancellationToken ct = default)
    {
        var status = await EvaluateAsync(caseId, today, ct);
        if (status is not null)
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentState, status.Kind), ct);
        return status;
    }
}
