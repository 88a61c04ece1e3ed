using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Work;

// The interviewer's dashboard: their own cases, the most urgent wave of each first. Research codes
// only, never a name; three projection queries whatever the number of cases, and nothing decrypted.
public class IndexModel(CaseRegisterDbContext db, CaseAccess access, StudyFiles files, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public sealed record Row(
        Guid CaseId,
        string ResearchCode,
        OpenWave? Next,
        IReadOnlyList<OpenWave> AlsoOpen,
        bool ConsentBlocked,
        DateOnly? LastContactOn,
        ContactOutcome? LastContactOutcome,
        int OpenReconsentTasks);

    public sealed record OpenWave(string Label, WaveStatus Status, DateOnly DueOn, DateOnly WindowOpensOn, DateOnly WindowClosesOn, bool ConsentBlocked);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = StudyCalendar.Today(time);
        var me = CaseAccess.UserId(User);

        // Visible keeps the one access rule; the assignment filter makes "my work" mean my cases
        // also for someone who is coordinator as well as interviewer.
        var mine = access.Visible(User)
            .Where(c => c.AssignedInterviewerId == me && (c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.Active));

        // Three queries whatever the number of cases, each driven from the interviewer's cases so
        // SQLite and PostgreSQL use the case index and then the per-case indexes. The last contact
        // comes from two scalar subqueries (one index seek each): a "first row per case" would make
        // EF number every contact attempt in the study.
        var cases = await mine.AsNoTracking()
            .Select(c => new CaseLine(
                c.Id,
                c.ResearchCode,
                c.ConsentState,
                c.EndedOn,
                db.ContactAttempts.Where(a => a.CaseId == c.Id)
                    .OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.RecordedAtUtc)
                    .Select(a => (DateOnly?)a.OccurredOn).FirstOrDefault(),
                db.ContactAttempts.Where(a => a.CaseId == c.Id)
                    .OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.RecordedAtUtc)
                    .Select(a => (ContactOutcome?)a.Outcome).FirstOrDefault()))
            .ToListAsync(ct);

        var waves = await (
                from c in mine
                from w in db.Waves.Where(w => w.CaseId == c.Id)
                where w.CompletedOn == null && w.Status != WaveStatus.Completed && w.Status != WaveStatus.Cancelled
                select new { w.CaseId, w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn, w.ConsentBlocked })
            .AsNoTracking()
            .ToListAsync(ct);

        // Open re-consent tasks are few in the whole study; one pass over them beats a count per case.
        var reconsent = await db.CaseTasks.AsNoTracking()
            .Where(t => t.Kind == CaseTaskKind.Reconsent && t.State == ContactTaskState.Open && mine.Any(c => c.Id == t.CaseId))
            .GroupBy(t => t.CaseId)
            .Select(g => new { CaseId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CaseId, x => x.Count, ct);

        var passedMilestone = await PassedMilestoneAsync([.. cases.Where(c => c.ConsentState == ConsentStatusKind.MilestoneDue).Select(c => c.Id)], ct);
        bool Blocked(CaseLine c) => c.ConsentState == ConsentStatusKind.Blocked || passedMilestone.Contains(c.Id);

        var byId = cases.ToDictionary(c => c.Id);
        var codeToId = cases.ToDictionary(c => c.ResearchCode, c => c.Id, StringComparer.Ordinal);

        // The status is worked out for today rather than read from the row, so the dashboard is
        // right even on a day the planner job has not run yet.
        var open = waves
            .Select(w =>
            {
                var c = byId[w.CaseId];
                var plan = new PlannedWave(w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn);
                var blocked = Blocked(c) || w.ConsentBlocked;
                var state = WaveStatusRules.StatusOn(plan, Today, null, c.EndedOn, blocked);
                return (c.Id, Wave: new OpenWave(w.Label, state.Status, w.DueOn, w.WindowOpensOn, w.WindowClosesOn, blocked));
            })
            .ToList();

        var ordered = WaveUrgency.Order(open.Select(o =>
            new DashboardItem(byId[o.Id].ResearchCode, o.Wave.Label, o.Wave.Status, o.Wave.DueOn, o.Wave.WindowClosesOn, o.Wave.ConsentBlocked)));
        var wavesByCase = open.ToLookup(o => o.Id, o => o.Wave);
        var orderedByCase = ordered.ToLookup(i => codeToId[i.ResearchCode]);

        var rows = new List<Row>(cases.Count);
        var seen = new HashSet<Guid>();
        foreach (var item in ordered)
        {
            var caseId = codeToId[item.ResearchCode];
            if (!seen.Add(caseId)) continue;
            var waveOf = wavesByCase[caseId].ToDictionary(w => w.Label, StringComparer.Ordinal);
            // The first item of a case is its most urgent wave; other waves that also need action
            // now (due or overdue) are mentioned with it.
            var also = orderedByCase[caseId].Skip(1).Where(i => i.Status is WaveStatus.Missed or WaveStatus.Due).Select(i => waveOf[i.WaveLabel]).ToList();
            rows.Add(RowFor(byId[caseId], waveOf[item.WaveLabel], also));
        }

        // Cases with nothing planned any more still belong to the interviewer; they come last.
        foreach (var c in cases.Where(c => !seen.Contains(c.Id)).OrderBy(c => c.ResearchCode, StringComparer.Ordinal))
            rows.Add(RowFor(c, null, []));

        Rows = rows;

        Row RowFor(CaseLine c, OpenWave? next, IReadOnlyList<OpenWave> also) =>
            new(c.Id, c.ResearchCode, next, also, Blocked(c) || (next?.ConsentBlocked ?? false),
                c.LastContactOn, c.LastOutcome, reconsent.GetValueOrDefault(c.Id));
    }

    // A youth whose 12th or 18th birthday has come since the nightly job last looked: the stored
    // state still says the re-consent is due, but the interview page (InterviewGate) already
    // refuses, so the dashboard must say so too. Evaluated live for just those cases (a few per
    // interviewer at most, those within weeks of a milestone), in three queries whatever their
    // number. The date of birth is used for the rule only and shown to no one.
    private async Task<HashSet<Guid>> PassedMilestoneAsync(IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0) return [];
        var births = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(ct);
        var persons = (await db.CasePersons.AsNoTracking().Where(p => caseIds.Contains(p.CaseId) && p.IsActive)
            .Select(p => new { p.CaseId, p.Id, p.Role }).ToListAsync(ct)).ToLookup(p => p.CaseId);
        var consents = (await db.ConsentRecords.AsNoTracking().Where(r => caseIds.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.PersonId, r.TemplateId, r.TemplateVersion, r.Language, r.GivenOn, r.WithdrawnOn }).ToListAsync(ct)).ToLookup(r => r.CaseId);
        var blocked = new HashSet<Guid>();
        foreach (var c in births)
        {
            if (StudyCalendar.ParseDateOfBirth(c.DateOfBirth) is not { } born || born > Today) continue;
            var status = files.ConsentEvaluator.Evaluate(
                born, Today,
                [.. persons[c.Id].Select(p => new Consent.CasePerson(p.Id, p.Role))],
                [.. consents[c.Id].Select(r => new RecordedConsent(r.PersonId, r.TemplateId, r.TemplateVersion, r.Language, r.GivenOn, r.WithdrawnOn is { } w && w <= Today))]);
            if (!status.AllowsInterview) blocked.Add(c.Id);
        }
        return blocked;
    }

    private sealed record CaseLine(Guid Id, string ResearchCode, ConsentStatusKind ConsentState, DateOnly? EndedOn, DateOnly? LastContactOn, ContactOutcome? LastOutcome);
}
