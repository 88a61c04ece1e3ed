using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CaseRegister.Web.Jobs;

// Unhealthy when the scheduler should run but does not (not started, in standby, shut down);
// degraded when the last run of any job failed. With Jobs:Enabled=false this instance runs no
// jobs on purpose (another clustered instance may), which is healthy.
public sealed class SchedulerHealthCheck(IServiceProvider services, JobSettings settings, CaseRegisterDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!settings.Enabled) return HealthCheckResult.Healthy("Jobs are disabled on this instance.");
        var scheduler = JobSetup.Scheduler(services);
        if (scheduler.Status != SchedulerStatus.Running) return HealthCheckResult.Unhealthy($"The scheduler is {scheduler.Status}.");

        var failed = new List<string>();
        foreach (var job in JobCatalog.All)
        {
            var last = await db.JobRuns.AsNoTracking()
                .Where(r => r.JobName == job.Name && r.Outcome != JobOutcome.Running)
                .OrderByDescending(r => r.StartedAtUtc).Select(r => (JobOutcome?)r.Outcome).FirstOrDefaultAsync(cancellationToken);
            if (last == JobOutcome.Failed) failed.Add(job.Name);
        }
        return failed.Count > 0 ? HealthCheckResult.Degraded($"Last run failed: {string.Join(", ", failed)}.") : HealthCheckResult.Healthy();
    }
}
