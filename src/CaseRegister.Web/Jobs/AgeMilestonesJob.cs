using System.Globalization;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Quartz;
using CasePersonRef = CaseRegister.Web.Consent.CasePerson;

namespace CaseRegister.Web.Jobs;

// The daily age-milestone job (SPEC §2.4, §2.7). For every case in follow-up it evaluates the
// consent policy on today's date (decrypting the date of birth in memory only), stores the
// resulting consent state, keeps one re-consent task per active milestone (opened LeadWeeks before
// the birthday, closed once the consent for the new band is in) and flags the case's due and
// missed waves while consent blocks interviews. Ended cases lose their open re-consent tasks.
[DisallowConcurrentExecution]
public sealed class AgeMilestonesJob(CaseRegisterDbContext db, StudyFiles study, IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<AgeMilestonesJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    public override string Name => JobCatalog.AgeMilestones;

    private sealed record TaskRow(Guid Id, Guid CaseId, int? MilestoneAge, ContactTaskState State, bool ConsentBlocked);

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var today = Today;
        var now = NowUtc;
        var counts = new JobCounts();
        var policy = study.ConsentPolicy;
        var evaluator = study.ConsentEvaluator;

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.Active)
            .Select(c => new { c.Id, c.DateOfBirth, c.ConsentState }).ToListAsync(ct);
        var persons = (await db.CasePersons.AsNoTracking().Where(p => p.IsActive)
            .Select(p => new { p.CaseId, p.Id, p.Role }).ToListAsync(ct))
            .ToLookup(p => p.CaseId, p => new CasePersonRef(p.Id, p.Role));
        var consents = (await db.ConsentRecords.AsNoTracking()
            .Select(c => new { c.CaseId, c.PersonId, c.TemplateId, c.TemplateVersion, c.Language, c.GivenOn, c.WithdrawnOn }).ToListAsync(ct))
            .ToLookup(c => c.CaseId, c => new RecordedConsent(c.PersonId, c.TemplateId, c.TemplateVersion, c.Language, c.GivenOn, c.WithdrawnOn is { } w && w <= today));
        var tasks = (await db.CaseTasks.AsNoTracking().Where(t => t.Kind == CaseTaskKind.Reconsent)
            .Select(t => new TaskRow(t.Id, t.CaseId, t.MilestoneAge, t.State, t.ConsentBlocked)).ToListAsync(ct))
            .ToLookup(t => t.CaseId);

        var stateChanges = new List<(Guid CaseId, ConsentStatusKind State)>();
        var blockChanges = new List<(Guid CaseId, bool Blocked)>();
        var newTasks = new List<CaseTask>();
        var taskChanges = new List<(Guid Id, bool Close, bool Blocked)>();
        var activeIds = new HashSet<Guid>();

        foreach (var @case in cases)
        {
            activeIds.Add(@case.Id);
            counts.Add("cases");
            if (!DateOnly.TryParseExact(@case.DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob) || dob > today)
            {
                counts.Add("withoutDateOfBirth");
                continue;
            }
            var who = persons[@case.Id].ToList();
            var given = consents[@case.Id].ToList();
            var status = evaluator.Evaluate(dob, today, who, given);

            if (status.Kind != @case.ConsentState)
            {
                stateChanges.Add((@case.Id, status.Kind));
                counts.Add("consentStatesChanged");
                var blocked = RecontactPlannerJob.BlocksInterviews(status.Kind);
                if (blocked != RecontactPlannerJob.BlocksInterviews(@case.ConsentState))
                {
                    blockChanges.Add((@case.Id, blocked));
                    counts.Add(blocked ? "casesBlocked" : "casesUnblocked");
                }
            }

            // Is the consent that milestone asks for in? Evaluated as on the birthday (or today,
            // when that has passed), so consent given ahead of the birthday counts.
            bool ConsentInFor(ConsentMilestone m)
            {
                var birthday = m.Birthday(dob);
                return evaluator.Evaluate(dob, birthday > today ? birthday : today, who, given).IsCompleteForCurrentAge;
            }

            var existing = tasks[@case.Id].ToList();
            var due = policy.MilestoneTasksOpenOn(dob, today).ToList();
            if (status.Kind == ConsentStatusKind.Blocked && status.MilestoneAge is { } passedAge && policy.MilestoneAt(passedAge) is { } passed)
                due.Add(passed);
            foreach (var milestone in due.Where(m => existing.All(t => t.MilestoneAge != m.Age)).DistinctBy(m => m.Age))
            {
                if (ConsentInFor(milestone)) continue;
                newTasks.Add(new CaseTask
                {
                    Id = Guid.NewGuid(),
                    CaseId = @case.Id,
                    Kind = CaseTaskKind.Reconsent,
                    MilestoneAge = milestone.Age,
                    DueOn = milestone.Birthday(dob),
                    State = ContactTaskState.Open,
                    ConsentBlocked = milestone.Birthday(dob) <= today,
                    CreatedAtUtc = now,
                });
                counts.Add("reconsentTasksCreated");
            }
            foreach (var task in existing.Where(t => t.State == ContactTaskState.Open && t.MilestoneAge is not null))
            {
                var milestone = policy.MilestoneAt(task.MilestoneAge!.Value);
                var done = milestone is null || !milestone.Active || ConsentInFor(milestone);
                var blocked = !done && milestone!.Birthday(dob) <= today;
                if (done)
                {
                    taskChanges.Add((task.Id, true, false));
                    counts.Add("reconsentTasksClosed");
                }
                else if (blocked != task.ConsentBlocked)
                {
                    taskChanges.Add((task.Id, false, blocked));
                }
            }
        }

        // Open re-consent tasks of cases no longer in follow-up (withdrawn, ended): nobody may be
        // contacted about them any more.
        var cancelled = tasks.SelectMany(g => g).Where(t => t.State == ContactTaskState.Open && !activeIds.Contains(t.CaseId)).Select(t => t.Id).ToList();
        counts["reconsentTasksCancelled"] = cancelled.Count;

        if (stateChanges.Count + newTasks.Count + taskChanges.Count + cancelled.Count == 0) return counts;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in stateChanges.GroupBy(s => s.State))
        {
            var ids = group.Select(s => s.CaseId).ToList();
            var version = Guid.NewGuid();
            await db.Cases.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ConsentState, group.Key)
                .SetProperty(c => c.UpdatedAtUtc, now)
                .SetProperty(c => c.UpdatedByUserId, (Guid?)null)
                .SetProperty(c => c.Version, version), ct);
        }
        foreach (var group in blockChanges.GroupBy(b => b.Blocked))
        {
            var ids = group.Select(b => b.CaseId).ToList();
            var flag = group.Key;
            await db.Waves.Where(w => ids.Contains(w.CaseId) && (w.Status == WaveStatus.Due || w.Status == WaveStatus.Missed))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.ConsentBlocked, flag), ct);
            await db.CaseTasks.Where(t => ids.Contains(t.CaseId) && t.Kind == CaseTaskKind.WaveContact && (t.State == ContactTaskState.Open || t.State == ContactTaskState.Missed))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsentBlocked, flag), ct);
        }
        foreach (var group in taskChanges.GroupBy(t => (t.Close, t.Blocked)))
        {
            var ids = group.Select(t => t.Id).ToList();
            if (group.Key.Close)
                await db.CaseTasks.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.State, ContactTaskState.Done).SetProperty(t => t.ConsentBlocked, false).SetProperty(t => t.ClosedAtUtc, now), ct);
            else
                await db.CaseTasks.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsentBlocked, group.Key.Blocked), ct);
        }
        if (cancelled.Count > 0)
            await db.CaseTasks.Where(t => cancelled.Contains(t.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.State, ContactTaskState.Cancelled).SetProperty(t => t.ConsentBlocked, false).SetProperty(t => t.ClosedAtUtc, now), ct);
        if (newTasks.Count > 0)
        {
            db.CaseTasks.AddRange(newTasks);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return counts;
    }
}
