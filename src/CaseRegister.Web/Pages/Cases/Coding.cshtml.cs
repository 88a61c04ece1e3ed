using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using T = CaseRegister.Web.Fieldwork.FieldworkTexts;

namespace CaseRegister.Web.Pages.Cases;

// Qualitative coding of one case's wave against the study codebook: a code, optionally the
// free-text answer it was read in, and an optional memo. Codes count youths per wave in the
// analyses, so the same code twice in a wave is allowed (two passages) but counts once.
public class CodingModel(CaseRegisterDbContext db, CaseAccess access, StudyFiles files, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> l)
    : CasePageModel(access, l)
{
    public const int MaxMemoLength = 2_000;

    [FromQuery(Name = "wave")]
    public string? WaveLabel { get; set; }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty]
    public Guid SegmentId { get; set; }

    public sealed class CodeInput
    {
        public string? CodeId { get; set; }
        public string? Fragment { get; set; }
        public string? Memo { get; set; }
    }

    public sealed record Fragment(string Key, Guid InterviewId, string ItemId, string Label, string Text);

    public sealed record Line(CodedSegment Segment, string CodeLabel, string GroupTitle, string? FragmentLabel);

    public Wave Wave { get; private set; } = null!;
    public IReadOnlyList<Wave> Waves { get; private set; } = [];
    public IReadOnlyList<Fragment> Fragments { get; private set; } = [];
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public Codebook Codebook => files.Protocols.Codebook;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;

        var code = Input.CodeId is { } id ? Codebook.FindCode(id) : null;
        if (string.IsNullOrWhiteSpace(Input.CodeId)) ModelState.AddModelError("Input.CodeId", L[T.ChooseOption, L[T.Code]]);
        else if (code is null) ModelState.AddModelError("Input.CodeId", L[T.CodeUnknown, Input.CodeId]);

        Fragment? fragment = null;
        if (!string.IsNullOrWhiteSpace(Input.Fragment))
        {
            fragment = Fragments.FirstOrDefault(f => f.Key == Input.Fragment);
            if (fragment is null)
            {
                // An interview of another case is someone else's record: refuse it like its case.
                if (Guid.TryParse(Input.Fragment.Split(':')[0], out var interviewId)
                    && await db.Interviews.Where(i => i.Id == interviewId).Select(i => (Guid?)i.CaseId).FirstOrDefaultAsync(ct) is { } other
                    && other != Case.Id)
                {
                    return await RefuseForeignAsync(other);
                }
                ModelState.AddModelError("Input.Fragment", L[T.Fragment]);
            }
        }
        var memo = LimitedText(Input.Memo, "Input.Memo", T.Memo, MaxMemoLength);

        if (!ModelState.IsValid || code is null) return Page();

        var segment = new CodedSegment
        {
            Id = Guid.NewGuid(),
            CaseId = Case.Id,
            WaveId = Wave.Id,
            InterviewId = fragment?.InterviewId,
            ItemId = fragment?.ItemId,
            CodeId = code.Id,
            Memo = memo,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = CaseAccess.UserId(User),
        };
        db.CodedSegments.Add(segment);
        await db.SaveChangesAsync(ct);
        // The code itself is a theme about the youth's situation; the audit names only the record.
        await audit.WriteAsync(new AuditEvent("coding.create") { ResearchCode = Case.ResearchCode, Target = $"coded-segment:{segment.Id}", Details = $"wave={Wave.Label}" }, ct);
        TempData["Message"] = T.CodeSaved;
        return RedirectToPage(new { id = Case.Id, wave = Wave.Label });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var segment = await db.CodedSegments.FirstOrDefaultAsync(s => s.Id == SegmentId, ct);
        if (segment is null || segment.CaseId != Case.Id) return await RefuseForeignAsync(segment?.CaseId);

        db.CodedSegments.Remove(segment);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditEvent("coding.delete") { ResearchCode = Case.ResearchCode, Target = $"coded-segment:{segment.Id}", Details = $"wave={Wave.Label}" }, ct);
        TempData["Message"] = T.CodeRemoved;
        return RedirectToPage(new { id = Case.Id, wave = Wave.Label });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Waves = await db.Waves.AsNoTracking().Where(w => w.CaseId == Case.Id).OrderBy(w => w.MonthsAfterBaseline).ToListAsync(ct);
        var wave = WaveLabel is null ? (Waves.Count > 0 ? Waves[0] : null) : Waves.FirstOrDefault(w => w.Label == WaveLabel);
        if (wave is null) return NotFound();
        Wave = wave;

        // The free-text answers of this wave's interviews, to read and to point a code at.
        var interviews = await db.Interviews.AsNoTracking().Include(i => i.Answers)
            .Where(i => i.WaveId == Wave.Id)
            .OrderBy(i => i.Informant).ThenBy(i => i.CreatedAtUtc)
            .ToListAsync(ct);
        var fragments = new List<Fragment>();
        foreach (var interview in interviews)
        {
            var protocol = files.Protocols.Find(interview.ProtocolId, interview.ProtocolVersion);
            if (protocol is null) continue;
            var who = L[FieldworkLabels.Of(interview.Informant)];
            foreach (var item in protocol.Items.Where(i => i.IsFreeText))
            {
                var text = interview.Answers.FirstOrDefault(a => a.ItemId == item.Id)?.Text;
                if (string.IsNullOrWhiteSpace(text)) continue;
                fragments.Add(new Fragment($"{interview.Id}:{item.Id}", interview.Id, item.Id, $"{who} – {item.Label}", text));
            }
        }
        Fragments = fragments;

        var segments = await db.CodedSegments.AsNoTracking()
            .Where(s => s.CaseId == Case.Id && s.WaveId == Wave.Id)
            .OrderBy(s => s.RecordedAtUtc)
            .ToListAsync(ct);
        Lines = [.. segments.Select(s => new Line(
            s,
            Codebook.FindCode(s.CodeId)?.Label ?? s.CodeId,
            Codebook.GroupOf(s.CodeId)?.Title ?? "",
            s.InterviewId is { } iid ? fragments.FirstOrDefault(f => f.InterviewId == iid && f.ItemId == s.ItemId)?.Label : null))];
        return null;
    }
}
