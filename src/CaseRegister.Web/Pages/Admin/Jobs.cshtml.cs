using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Pages.Admin;

// The scheduled jobs for the administrator (SPEC §2.7): per job its schedule, last run, next fire
// time from the scheduler and a "run now" button; below, the most recent runs of all jobs.
public class JobsModel(CaseRegisterDbContext db, IServiceProvider services, JobSettings settings, AuditLog audit) : PageModel
{
    public sealed record JobRow(JobDefinition Job, string Cron, JobRun? Last, DateTime? NextFireUtc);

    public sealed record RunInput
    {
        [Required]
        public string? Job { get; init; }
    }

    [BindProperty]
    public RunInput Input { get; set; } = new();

    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];
    public IReadOnlyList<JobRun> Recent { get; private set; } = [];
    public bool Enabled => settings.Enabled;
    public string SchedulerState { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scheduler = JobSetup.Scheduler(services);
        SchedulerState = scheduler.Status.ToString();
        var rows = new List<JobRow>();
        foreach (var job in JobCatalog.All)
        {
            var last = await db.JobRuns.AsNoTracking().Where(r => r.JobName == job.Name).OrderByDescending(r => r.StartedAtUtc).FirstOrDefaultAsync(ct);
            var trigger = await scheduler.GetTrigger(new TriggerKey(job.Name), ct);
            rows.Add(new JobRow(job, settings.Crons[job.Name], last, trigger?.NextFireTimeUtc?.UtcDateTime));
        }
        Jobs = rows;
        Recent = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(25).ToListAsync(ct);
    }

    // The job runs on whichever scheduler instance picks the trigger up (one in a cluster).
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var job = JobCatalog.Find(Input.Job);
        if (!ModelState.IsValid || job is null) return NotFound();
        await JobSetup.Scheduler(services).TriggerJob(new JobKey(job.Name), ct);
        await audit.WriteAsync(new AuditEvent("job.run-now") { Target = $"job:{job.Name}" }, ct);
        TempData["Message"] = settings.Enabled
            ? "De taak is gestart. Vernieuw de pagina om het resultaat te zien."
            : "De taak staat klaar, maar de planner staat op deze server uit (Jobs:Enabled). Een andere server in het cluster voert haar uit.";
        return RedirectToPage();
    }
}
