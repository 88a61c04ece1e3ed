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

// Feedback and advice (meekijkspoor): what was fed back or advised at each wave, to whom, and at
// a later wave whether the advice was followed and whether the situation improved. That second
// half is what the study measures, so each advice keeps the wave its follow-up was assessed in.
public class AdviceModel(CaseRegisterDbContext db, CaseAccess access, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> l)
    : CasePageModel(access, l)
{
    public const int MaxTextLength = 4_000;

    [BindProperty]
    public AdviceInput Input { get; set; } = new();

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    public sealed class AdviceInput
    {
        public Guid? WaveId { get; set; }
        public string? Category { get; set; }
        public string? Addressee { get; set; }
        public bool FeedbackOnly { get; set; }
        public string? GivenOn { get; set; }
        public string? Text { get; set; }
    }

    public sealed class FollowUpInput
    {
        public Guid AdviceId { get; set; }
        public Guid? WaveId { get; set; }
        public string? Followed { get; set; }
        public string? Improved { get; set; }
    }

    public IReadOnlyList<Wave> Waves { get; private set; } = [];
    public IReadOnlyList<Advice> Given { get; private set; } = [];

    // The advice whose follow-up form was posted with errors, so its form shows them.
    public Guid? FollowUpWithErrors { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.GivenOn = StudyCalendar.Iso(StudyCalendar.Today(time));
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var today = StudyCalendar.Today(time);
        Wave? wave = null;
        if (Input.WaveId is { } waveId)
        {
            wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
            if (wave is null || wave.CaseId != Case.Id) return await RefuseForeignAsync(wave?.CaseId);
        }
        else
        {
            ModelState.AddModelError("Input.WaveId", L[T.ChooseOption, L[T.AdviceWave]]);
        }

        var category = Choice<AdviceCategory>(Input.Category, "Input.Category", T.AdviceCategory);
        var addressee = Choice<AdviceAddressee>(Input.Addressee, "Input.Addressee", T.AdviceAddressee);
        var givenOn = RequiredDate(Input.GivenOn, "Input.GivenOn", T.AdviceDate, today);
        var text = LimitedText(Input.Text, "Input.Text", T.AdviceText, MaxTextLength);
        if (text is null) ModelState.AddModelError("Input.Text", L[T.TextMissing, L[T.AdviceText]]);

        if (!ModelState.IsValid || wave is null || category is null || addressee is null || givenOn is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        var advice = new Advice
        {
            Id = Guid.NewGuid(),
            CaseId = Case.Id,
            WaveId = wave.Id,
            Category = category.Value,
            Addressee = addressee.Value,
            IsFeedbackOnly = Input.FeedbackOnly,
            Text = text,
            GivenOn = givenOn.Value,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = CaseAccess.UserId(User),
        };
        db.Advice.Add(advice);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditEvent("advice.create")
        {
            ResearchCode = Case.ResearchCode,
            Target = $"advice:{advice.Id}",
            Details = $"wave={wave.Label} category={advice.Category} addressee={advice.Addressee} feedback-only={advice.IsFeedbackOnly}",
        }, ct);
        TempData["Message"] = T.AdviceSaved;
        return RedirectToPage(new { id = Case.Id });
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken ct)
    {
        var advice = await db.Advice.FirstOrDefaultAsync(a => a.Id == FollowUp.AdviceId, ct);
        if (advice is null || advice.CaseId != Case.Id) return await RefuseForeignAsync(advice?.CaseId);
        var givenIn = await db.Waves.AsNoTracking().SingleAsync(w => w.Id == advice.WaveId, ct);

        Wave? later = null;
        if (FollowUp.WaveId is { } waveId)
        {
            later = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
            if (later is null || later.CaseId != Case.Id) return await RefuseForeignAsync(later?.CaseId);
            if (later.MonthsAfterBaseline <= givenIn.MonthsAfterBaseline)
                ModelState.AddModelError("FollowUp.WaveId", L[T.FollowUpWaveNotLater, givenIn.Label]);
        }
        else
        {
            ModelState.AddModelError("FollowUp.WaveId", L[T.ChooseOption, L[T.FollowUpWave]]);
        }
        if (advice.IsFeedbackOnly) ModelState.AddModelError("FollowUp.AdviceId", L[T.FeedbackHasNoFollowUp]);
        var followed = Choice<AdviceFollowed>(FollowUp.Followed, "FollowUp.Followed", T.Followed);
        var improved = Choice<Improvement>(FollowUp.Improved, "FollowUp.Improved", T.Improved);

        if (!ModelState.IsValid || later is null || followed is null || improved is null)
        {
            FollowUpWithErrors = advice.Id;
            await LoadAsync(ct);
            return Page();
        }

        advice.FollowUpWaveId = later.Id;
        advice.Followed = followed;
        advice.SituationImproved = improved;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditEvent("advice.follow-up")
        {
            ResearchCode = Case.ResearchCode,
            Target = $"advice:{advice.Id}",
            Details = $"wave={later.Label} followed={followed} improved={improved}",
        }, ct);
        TempData["Message"] = T.FollowUpSaved;
        return RedirectToPage(new { id = Case.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Waves = await db.Waves.AsNoTracking().Where(w => w.CaseId == Case.Id).OrderBy(w => w.MonthsAfterBaseline).ToListAsync(ct);
        Given = await db.Advice.AsNoTracking().Where(a => a.CaseId == Case.Id).OrderBy(a => a.GivenOn).ThenBy(a => a.RecordedAtUtc).ToListAsync(ct);
    }

    public Wave? WaveOf(Guid? id) => Waves.FirstOrDefault(w => w.Id == id);

    public IEnumerable<Wave> LaterThan(Guid waveId)
    {
        var months = WaveOf(waveId)?.MonthsAfterBaseline ?? int.MaxValue;
        return Waves.Where(w => w.MonthsAfterBaseline > months);
    }
}
