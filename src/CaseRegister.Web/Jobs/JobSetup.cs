using CaseRegister.Web.Data;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace CaseRegister.Web.Jobs;

// All Quartz wiring (ARCHITECTURE §6). The job store lives in the app's own database (QRTZ_*
// tables, created on first start), clustered on PostgreSQL so that several app instances share
// the schedule and each trigger fires on one of them only.
//
// Settings are read when the scheduler is first resolved, not here: test hosts and command-line
// options add their configuration only when the app is built (see AppHost).
//
// Two clocks on purpose: Quartz fires triggers by the real clock (its own keyed TimeProvider),
// while the jobs take "today" from the app's TimeProvider, which tests replace and move.
public static class JobSetup
{
    public const string SchedulerName = "CaseRegister";

    public static IServiceCollection AddCaseRegisterJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobSettings>();
        services.AddScoped<NotificationCounter>();
        foreach (var job in JobCatalog.All) services.AddScoped(job.JobType);

        services.AddQuartz(SchedulerName, q =>
        {
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                // Provider and connection string are filled in below from DatabaseInfo.
                store.UseDataSource(_ => { });
                store.UseDriverDelegate(sp => sp.GetRequiredService<DatabaseInfo>().Provider == DatabaseProvider.Postgres
                    ? new PostgreSQLDelegate()
                    : new SQLiteDelegate());
                store.ProvisionSchema();
            });

            foreach (var job in JobCatalog.All)
            {
                q.AddJob(job.JobType, j => j.WithIdentity(job.Name).WithDescription(job.Purpose).StoreDurably().DisallowConcurrentExecution());
                q.AddTrigger((sp, t) =>
                {
                    var settings = sp.GetRequiredService<JobSettings>();
                    t.WithIdentity(job.Name)
                        .ForJob(job.Name)
                        // The scheduler's clock, not the app's (which a test may have moved).
                        .StartAt(TimeProvider.System.GetUtcNow())
                        .WithCronSchedule(settings.Crons[job.Name], cron => cron
                            .InTimeZone(JobSettings.TimeZone)
                            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
                });
            }
        });

        // A changed cron expression in the configuration replaces the stored trigger at start-up;
        // "relative to the replaced trigger" keeps the stored trigger's last fire time, so a fire
        // time that passed while the app was down still counts as misfired and runs once now.
        services.AddOptions<QuartzOptions>(SchedulerName).Configure(o =>
        {
            o.Scheduling.OverwriteExistingData = true;
            o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true;
        });
        services.AddOptions<DataSourceOptions>(SchedulerName).Configure<DatabaseInfo>((o, database) =>
        {
            o.Provider = database.Provider == DatabaseProvider.Postgres ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite;
            o.ConnectionString = database.ConnectionString;
        });
        services.AddOptions<AdoJobStoreOptions>(SchedulerName).Configure<JobSettings, DatabaseInfo>((o, settings, database) =>
        {
            o.MisfireThreshold = settings.MisfireThreshold;
            if (database.Provider == DatabaseProvider.Postgres) o.UseDbLocks = true;
        });
        services.AddOptions<ClusteringOptions>(SchedulerName).Configure<DatabaseInfo>((o, database) =>
            o.Enabled = database.Provider == DatabaseProvider.Postgres);
        services.AddOptions<QuartzSchedulerOptions>(SchedulerName).Configure<DatabaseInfo>((o, database) =>
        {
            o.InstanceName = SchedulerName;
            // Instance id AUTO: each clustered instance checks in under its own generated id.
            if (database.Provider == DatabaseProvider.Postgres) o.GenerateInstanceId = true;
        });

        // Started inside the host's start, not after it: when the first request arrives the scheduler
        // is running (or start-up has failed), so /health never reports a half-started scheduler.
        services.AddQuartzHostedService(SchedulerName, o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        services.AddOptions<QuartzHostedServiceOptions>(SchedulerName).PostConfigure<JobSettings>((o, settings) => o.AutoStart = settings.Enabled);

        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }

    // Called from AppHost.PrepareAsync: a bad Jobs:* setting stops the start with exit code 1.
    public static void ValidateSettings(IServiceProvider services) => services.GetRequiredService<JobSettings>();

    public static IScheduler Scheduler(IServiceProvider services) => services.GetRequiredKeyedService<IScheduler>(SchedulerName);

    public static ScheduledJob Resolve(IServiceProvider scopedServices, JobDefinition job) =>
        (ScheduledJob)scopedServices.GetRequiredService(job.JobType);
}
