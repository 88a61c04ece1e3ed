using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Fieldwork;

public sealed record InterviewGateResult(InterviewPermission Permission, DateOnly? DateOfBirth);

// Whether an interview may be recorded in a wave of this case today (WaveStatusRules), with the
// consent evaluated live from the case's persons and consents rather than taken from the stored
// consent state, which the daily job may not have updated yet (a youth can turn 12 this morning).
public static class InterviewGate
{
    public static async Task<InterviewGateResult> CheckAsync(
        CaseRegisterDbContext db, StudyFiles files, CaseRef caseRef, WaveKind waveKind, DateOnly today, CancellationToken ct)
    {
        var baselineCompleted = await db.Waves.AnyAsync(
            w => w.CaseId == caseRef.Id && w.Kind == WaveKind.Baseline && (w.Status == WaveStatus.Completed || w.CompletedOn != null), ct);

        // Reading the date of birth to evaluate consent and compute ages is not shown to anyone,
        // so it is not an identity read in the audit sense.
        var dateOfBirth = StudyCalendar.ParseDateOfBirth(
            await db.Cases.AsNoTracking().Where(c => c.Id == caseRef.Id).Select(c => c.DateOfBirth).SingleAsync(ct));

        // Without a date of birth (erased identity) the consent cannot be checked, so it does not allow.
        var consentAllows = false;
        if (dateOfBirth is { } born && born <= today)
        {
            var persons = await db.CasePersons.AsNoTracking()
                .Where(p => p.CaseId == caseRef.Id && p.IsActive)
                .Select(p => new { p.Id, p.Role })
                .ToListAsync(ct);
            var consents = await db.ConsentRecords.AsNoTracking()
                .Where(r => r.CaseId == caseRef.Id)
                .Select(r => new { r.PersonId, r.TemplateId, r.TemplateVersion, r.Language, r.GivenOn, r.WithdrawnOn })
                .ToListAsync(ct);
            var status = files.ConsentEvaluator.Evaluate(
                born,
                today,
                [.. persons.Select(p => new Consent.CasePerson(p.Id, p.Role))],
                [.. consents.Select(r => new RecordedConsent(r.PersonId, r.TemplateId, r.TemplateVersion, r.Language, r.GivenOn, r.WithdrawnOn is { } w && w <= today))]);
            consentAllows = status.AllowsInterview;
        }

        var permission = WaveStatusRules.CanRecordInterview(waveKind, caseRef.Status, baselineCompleted, consentBlocked: !consentAllows);
        return new InterviewGateResult(permission, dateOfBirth);
    }
}
