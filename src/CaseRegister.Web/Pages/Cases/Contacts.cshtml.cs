using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using T = CaseRegister.Web.Fieldwork.FieldworkTexts;

namespace CaseRegister.Web.Pages.Cases;

// Contact attempts (contactpogingen) of one case: the list, newest first, and a form to add one.
public class ContactsModel(CaseRegisterDbContext db, CaseAccess access, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> l)
    : CasePageModel(access, l)
{
    public const int MaxNoteLength = 2_000;

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public IReadOnlyList<ContactAttempt> Attempts { get; private set; } = [];
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    // Withdrawal means no further contact (SPEC §2.4); the history stays readable.
    public bool ContactAllowed => Case.Status is not (CaseStatus.Withdrawn or CaseStatus.Deceased);

    public sealed class ContactInput
    {
        public string? OccurredOn { get; set; }
        public string? Channel { get; set; }
        public string? Outcome { get; set; }
        public string? NextAttemptOn { get; set; }
        public Guid? WaveId { get; set; }
        public string? Note { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.OccurredOn = StudyCalendar.Iso(StudyCalendar.Today(time));
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ContactAllowed)
        {
            await LoadAsync(ct);
            return Page();
        }

        var today = StudyCalendar.Today(time);
        var occurredOn = RequiredDate(Input.OccurredOn, "Input.OccurredOn", T.ContactDate, today);
        var channel = Choice<ContactChannel>(Input.Channel, "Input.Channel", T.Channel);
        var outcome = Choice<ContactOutcome>(Input.Outcome, "Input.Outcome", T.Outcome);

        DateOnly? nextAttemptOn = null;
        if (!string.IsNullOrWhiteSpace(Input.NextAttemptOn))
        {
            nextAttemptOn = StudyCalendar.ParseDate(Input.NextAttemptOn);
            if (nextAttemptOn is null)
                ModelState.AddModelError("Input.NextAttemptOn", L[T.DateInvalid, L[T.NextAttemptDate]]);
            else if (occurredOn is { } on && nextAttemptOn < on)
                ModelState.AddModelError("Input.NextAttemptOn", L[T.NextAttemptBeforeAttempt, Cultures.Date(nextAttemptOn.Value), Cultures.Date(on)]);
        }

        var note = LimitedText(Input.Note, "Input.Note", T.ContactNote, MaxNoteLength);

        if (Input.WaveId is { } waveId)
        {
            var waveCase = await db.Waves.Where(w => w.Id == waveId).Select(w => (Guid?)w.CaseId).FirstOrDefaultAsync(ct);
            if (waveCase != Case.Id) return await RefuseForeignAsync(waveCase);
        }

        if (!ModelState.IsValid || occurredOn is null || channel is null || outcome is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        var attempt = new ContactAttempt
        {
            Id = Guid.NewGuid(),
            CaseId = Case.Id,
            WaveId = Input.WaveId,
            OccurredOn = occurredOn.Value,
            Channel = channel.Value,
            Outcome = outcome.Value,
            NextAttemptOn = nextAttemptOn,
            Note = note,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = CaseAccess.UserId(User),
        };
        db.ContactAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditEvent("contact.create")
        {
            ResearchCode = Case.ResearchCode,
            Target = $"contact:{attempt.Id}",
            Details = $"channel={attempt.Channel} outcome={attempt.Outcome}",
        }, ct);

        TempData["Message"] = T.ContactSaved;
        return RedirectToPage(new { id = Case.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Attempts = await db.ContactAttempts.AsNoTracking()
            .Where(a => a.CaseId == Case.Id)
            .OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.RecordedAtUtc)
            .ToListAsync(ct);
        Waves = await db.Waves.AsNoTracking().Where(w => w.CaseId == Case.Id).OrderBy(w => w.MonthsAfterBaseline).ToListAsync(ct);
    }

    public string WaveLabel(Guid? waveId) => Waves.FirstOrDefault(w => w.Id == waveId)?.Label ?? "";
}
