using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Work;

// The interviewer's dashboard: their own cases, the most urgent wave of each first. Research codes
// only, never a name; three projection queries whatever the number of cases, and nothing decrypted.
public class IndexModel(CaseRegisterDbContext db, CaseAccess access, TimeProvider time) : PageModel
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

        var byId = cases.ToDictionary(c => c.Id);
        var codeToId = cases.ToDictionary(c => c.ResearchCode, c => c.Id, StringComparer.Ordinal);

        // The status is worked out for today rather than read from the row, so the dashboard is
        // right even on a day the planner job has not run yet.
        var open = waves
            .Select(w =>
            {
                var c = byId[w.CaseId];
                var plan = new PlannedWave(w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn);
                var blocked = c.ConsentState == ConsentStatusKind.Blocked || w.ConsentBlocked;
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
            new(c.Id, c.ResearchCode, next, also, c.ConsentState == ConsentStatusKind.Blocked || (next?.ConsentBlocked ?? false),
                c.LastContactOn, c.LastOutcome, reconsent.GetValueOrDefault(c.Id));
    }

    private sealed record CaseLine(Guid Id, string ResearchCode, ConsentStatusKind ConsentState, DateOnly? EndedOn, DateOnly? LastContactOn, ContactOutcome? LastOutcome);
}
