using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The daily re-contact planner (SPEC §2.7): RecontactPlanner decides, this job loads and saves.
// Built for national scale (20,000 cases, 8 waves each): three bulk projections, all decisions in
// memory, and only the changes written, grouped into a handful of set-based statements, in one
// transaction. A crash mid-way leaves nothing half done; the next run simply redoes it.
[DisallowConcurrentExecution]
public sealed class RecontactPlannerJob(CaseRegisterDbContext db, IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<RecontactPlannerJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    private const int Chunk = 5000;

    public override string Name => JobCatalog.Planner;

    private sealed record CaseRow(Guid Id, CaseStatus Status, DateOnly? EndedOn, DateOnly InclusionDate, ConsentStatusKind ConsentState);

    private sealed record WaveRow(Guid Id, Guid CaseId, string Label, WaveKind Kind, int MonthsAfterBaseline, DateOnly DueOn,
        DateOnly WindowOpensOn, DateOnly WindowClosesOn, WaveStatus Status, DateOnly? CompletedOn, bool ConsentBlocked);

    private sealed record TaskRow(Guid Id, Guid WaveId, ContactTaskState State, bool ConsentBlocked);

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var today = Today;
        var now = NowUtc;
        var counts = new JobCounts();
        var schedule = await ScheduleAsync(db, ct);

        var cases = await db.Cases.AsNoTracking()
            .Select(c => new CaseRow(c.Id, c.Status, c.EndedOn, c.InclusionDate, c.ConsentState)).ToListAsync(ct);
        var waves = (await db.Waves.AsNoTracking()
            .Select(w => new WaveRow(w.Id, w.CaseId, w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn, w.Status, w.CompletedOn, w.ConsentBlocked))
            .ToListAsync(ct)).ToLookup(w => w.CaseId);
        var tasks = (await db.CaseTasks.AsNoTracking()
            .Where(t => t.Kind == CaseTaskKind.WaveContact && t.WaveId != null)
            .Select(t => new TaskRow(t.Id, t.WaveId!.Value, t.State, t.ConsentBlocked))
            .ToListAsync(ct)).GroupBy(t => t.WaveId).ToDictionary(g => g.Key, g => g.First());

        var plan = new WritePlan();
        foreach (var @case in cases)
        {
            counts.Add("cases");
            PlanCase(@case, [.. waves[@case.Id].OrderBy(w => w.MonthsAfterBaseline)], tasks, schedule, today, now, plan, counts);
        }

        if (plan.IsEmpty) return counts;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await plan.SaveAsync(db, now, ct);
        await transaction.CommitAsync(ct);
        return counts;
    }

    internal static async Task<WaveSchedule> ScheduleAsync(CaseRegisterDbContext db, CancellationToken ct)
    {
        var settings = await db.StudySettings.AsNoTracking().SingleAsync(ct);
        return new WaveSchedule(new ScheduleSettings
        {
            StudyStart = settings.StudyStart,
            DurationYears = settings.DurationYears,
            FollowUpIntervalMonths = settings.FollowUpIntervalMonths,
            ContactWindowWeeks = settings.ContactWindowWeeks,
            BaselineDeadlineWeeks = settings.BaselineDeadlineWeeks,
        });
    }

    internal static bool IsEnded(CaseStatus status) => status is CaseStatus.Completed or CaseStatus.Withdrawn or CaseStatus.LostToFollowUp or CaseStatus.Deceased;

    // Consent that does not allow an interview today blocks the case's due and missed waves.
    internal static bool BlocksInterviews(ConsentStatusKind state) => state is ConsentStatusKind.Missing or ConsentStatusKind.Blocked;

    // The one rule for the wave flag, shared with the age-milestone job so the two never disagree.
    internal static bool WaveFlag(bool caseBlocked, WaveStatus status) => caseBlocked && status is WaveStatus.Due or WaveStatus.Missed;

    private static void PlanCase(CaseRow @case, List<WaveRow> rows, Dictionary<Guid, TaskRow> tasks, WaveSchedule schedule,
        DateOnly today, DateTime now, WritePlan plan, JobCounts counts)
    {
        var ended = IsEnded(@case.Status);
        if (!ended) rows = Replan(@case, rows, schedule, plan, counts);

        var endedOn = ended ? @case.EndedOn ?? today : (DateOnly?)null;
        var blocked = BlocksInterviews(@case.ConsentState);
        var current = new CaseWaves(
            [.. rows.Select(w => new WaveProgress(
                new PlannedWave(w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn),
                w.CompletedOn, w.Status,
                tasks.TryGetValue(w.Id, out var t) ? new ContactTask(t.State, t.ConsentBlocked) : null))],
            endedOn, blocked);
        var outcome = RecontactPlanner.Plan(current, today);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var next = outcome.Next.Waves[i];
            var flag = WaveFlag(blocked, next.Status);
            if (next.Status != row.Status || flag != row.ConsentBlocked)
            {
                plan.WaveStates.Add((row.Id, next.Status, flag));
                if (next.Status != row.Status) counts.Add(next.Status switch
                {
                    WaveStatus.Due => "wavesOpened",
                    WaveStatus.Missed => "wavesMissed",
                    WaveStatus.Completed => "wavesCompleted",
                    WaveStatus.Cancelled => "wavesCancelled",
                    _ => "wavesPlannedAgain",
                });
            }

            tasks.TryGetValue(row.Id, out var stored);
            var wanted = next.Task;
            if (stored is null && wanted is not null)
            {
                plan.NewTasks.Add(new CaseTask
                {
                    Id = Guid.NewGuid(),
                    CaseId = @case.Id,
                    Kind = CaseTaskKind.WaveContact,
                    WaveId = row.Id,
                    DueOn = row.DueOn,
                    State = wanted.State,
                    ConsentBlocked = wanted.ConsentBlocked,
                    CreatedAtUtc = now,
                    ClosedAtUtc = IsClosed(wanted.State) ? now : null,
                });
                counts.Add("tasksCreated");
            }
            else if (stored is not null && wanted is null)
            {
                plan.RemovedTasks.Add(stored.Id);
                counts.Add("tasksRemoved");
            }
            else if (stored is not null && wanted is not null && (stored.State != wanted.State || stored.ConsentBlocked != wanted.ConsentBlocked))
            {
                plan.TaskStates.Add((stored.Id, wanted.State, wanted.ConsentBlocked, IsClosed(stored.State)));
                counts.Add(IsClosed(wanted.State) && !IsClosed(stored.State) ? "tasksClosed" : "tasksUpdated");
            }
        }
    }

    // Once T0 is done the follow-ups count from the real baseline (WaveSchedule): waves still
    // planned move with it, waves the new anchor pushes past the study end go (if nothing was
    // recorded in them), and a wave it brings within the study end is added.
    private static List<WaveRow> Replan(CaseRow @case, List<WaveRow> rows, WaveSchedule schedule, WritePlan plan, JobCounts counts)
    {
        var baseline = rows.FirstOrDefault(w => w.Kind == WaveKind.Baseline);
        if (baseline?.CompletedOn is not { } anchor) return rows;
        var wanted = schedule.For(@case.InclusionDate, anchor).Where(w => w.Kind == WaveKind.FollowUp).ToDictionary(w => w.Label);
        var result = new List<WaveRow>(rows.Count + 1);
        foreach (var row in rows)
        {
            if (row.Kind != WaveKind.FollowUp || row.Status != WaveStatus.Planned || row.CompletedOn is not null)
            {
                result.Add(row);
                continue;
            }
            if (!wanted.TryGetValue(row.Label, out var planned))
            {
                plan.RemovableWaves.Add(row.Id);
                result.Add(row);
                continue;
            }
            if (planned.DueOn == row.DueOn && planned.WindowOpensOn == row.WindowOpensOn && planned.WindowClosesOn == row.WindowClosesOn)
            {
                result.Add(row);
                continue;
            }
            plan.RedatedWaves.Add((row.Id, planned));
            counts.Add("wavesRedated");
            result.Add(row with { DueOn = planned.DueOn, WindowOpensOn = planned.WindowOpensOn, WindowClosesOn = planned.WindowClosesOn });
        }
        foreach (var planned in wanted.Values.Where(p => rows.All(r => r.Label != p.Label)))
        {
            var row = new WaveRow(Guid.NewGuid(), @case.Id, planned.Label, planned.Kind, planned.MonthsAfterBaseline, planned.DueOn,
                planned.WindowOpensOn, planned.WindowClosesOn, WaveStatus.Planned, null, false);
            plan.NewWaves.Add(new Wave
            {
                Id = row.Id, CaseId = row.CaseId, Label = row.Label, Kind = row.Kind, MonthsAfterBaseline = row.MonthsAfterBaseline,
                DueOn = row.DueOn, WindowOpensOn = row.WindowOpensOn, WindowClosesOn = row.WindowClosesOn, Status = WaveStatus.Planned,
            });
            counts.Add("wavesAdded");
            result.Add(row);
        }
        result.Sort((a, b) => a.MonthsAfterBaseline.CompareTo(b.MonthsAfterBaseline));
        return result;
    }

    private static bool IsClosed(ContactTaskState state) => state is ContactTaskState.Done or ContactTaskState.Cancelled;

    // The changes of one run, written as few statements as possible: rows that get the same new
    // values are updated together.
    private sealed class WritePlan
    {
        public List<(Guid Id, WaveStatus Status, bool Flag)> WaveStates { get; } = [];
        public List<(Guid Id, PlannedWave Planned)> RedatedWaves { get; } = [];
        public List<Wave> NewWaves { get; } = [];
        public List<Guid> RemovableWaves { get; } = [];
        public List<CaseTask> NewTasks { get; } = [];
        public List<(Guid Id, ContactTaskState State, bool Flag, bool WasClosed)> TaskStates { get; } = [];
        public List<Guid> RemovedTasks { get; } = [];

        public bool IsEmpty => WaveStates.Count + RedatedWaves.Count + NewWaves.Count + RemovableWaves.Count + NewTasks.Count + TaskStates.Count + RemovedTasks.Count == 0;

        public async Task SaveAsync(CaseRegisterDbContext db, DateTime now, CancellationToken ct)
        {
            foreach (var group in WaveStates.GroupBy(w => (w.Status, w.Flag)))
            {
                foreach (var ids in group.Select(w => w.Id).Chunk(Chunk))
                {
                    await db.Waves.Where(w => ids.Contains(w.Id)).ExecuteUpdateAsync(s => s
                        .SetProperty(w => w.Status, group.Key.Status)
                        .SetProperty(w => w.ConsentBlocked, group.Key.Flag), ct);
                }
            }
            foreach (var (id, planned) in RedatedWaves)
            {
                await db.Waves.Where(w => w.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.DueOn, planned.DueOn)
                    .SetProperty(w => w.WindowOpensOn, planned.WindowOpensOn)
                    .SetProperty(w => w.WindowClosesOn, planned.WindowClosesOn), ct);
            }
            if (RemovableWaves.Count > 0)
            {
                // Only empty waves go: a wave with a recorded interview stays, whatever the schedule says.
                var withInterviews = await db.Interviews.Where(i => RemovableWaves.Contains(i.WaveId)).Select(i => i.WaveId).Distinct().ToListAsync(ct);
                var empty = RemovableWaves.Except(withInterviews).ToList();
                await db.CaseTasks.Where(t => t.WaveId != null && empty.Contains(t.WaveId.Value)).ExecuteDeleteAsync(ct);
                await db.Waves.Where(w => empty.Contains(w.Id)).ExecuteDeleteAsync(ct);
            }
            foreach (var ids in RemovedTasks.Chunk(Chunk))
                await db.CaseTasks.Where(t => ids.Contains(t.Id)).ExecuteDeleteAsync(ct);
            foreach (var group in TaskStates.GroupBy(t => (t.State, t.Flag, Closes: IsClosed(t.State) && !t.WasClosed, Reopens: !IsClosed(t.State) && t.WasClosed)))
            {
                foreach (var ids in group.Select(t => t.Id).Chunk(Chunk))
                {
                    var query = db.CaseTasks.Where(t => ids.Contains(t.Id));
                    if (group.Key.Closes)
                        await query.ExecuteUpdateAsync(s => s.SetProperty(t => t.State, group.Key.State).SetProperty(t => t.ConsentBlocked, group.Key.Flag).SetProperty(t => t.ClosedAtUtc, now), ct);
                    else if (group.Key.Reopens)
                        await query.ExecuteUpdateAsync(s => s.SetProperty(t => t.State, group.Key.State).SetProperty(t => t.ConsentBlocked, group.Key.Flag).SetProperty(t => t.ClosedAtUtc, (DateTime?)null), ct);
                    else
                        await query.ExecuteUpdateAsync(s => s.SetProperty(t => t.State, group.Key.State).SetProperty(t => t.ConsentBlocked, group.Key.Flag), ct);
                }
            }
            if (NewWaves.Count + NewTasks.Count > 0)
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Waves.AddRange(NewWaves);
                db.CaseTasks.AddRange(NewTasks);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
