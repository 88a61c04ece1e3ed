using System.Globalization;
using System.Text.Json;
using CaseRegister.Tests.Support;
using CaseRegister.Web;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Tests.Jobs;

// The real Quartz scheduler in the real app: configuration checks, firing, misfires after
// downtime, clustering on PostgreSQL, the admin page and /health.
public class SchedulerTests
{
    // A cron expression that fires once a day at the given instant (Dutch wall-clock time).
    private static string DailyCronAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Cultures.Amsterdam);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Second} {local.Minute} {local.Hour} * * ?");
    }

    private static Task<List<JobRun>> RunsAsync(AppFactory app, string job) =>
        app.DbAsync(db => db.JobRuns.AsNoTracking().Where(r => r.JobName == job).ToListAsync());

    private static async Task<List<JobRun>> WaitForRunsAsync(AppFactory app, string job, int atLeast, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var runs = await RunsAsync(app, job);
            if ((runs.Count >= atLeast && runs.All(r => r.Outcome != JobOutcome.Running)) || DateTime.UtcNow > until) return runs;
            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilAsync(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }

    [Fact]
    public async Task A_bad_cron_expression_stops_the_start_with_a_message_naming_the_setting()
    {
        using var data = new TempFolder();
        await using var app = AppHost.Build(["--Storage:DataFolder", data.Path, "--Jobs:Planner:Cron", "every night at two"]);

        var error = await Assert.ThrowsAsync<StartupException>(() => AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true));

        Assert.Contains("'Jobs:Planner:Cron'", error.Message, StringComparison.Ordinal);
        Assert.Contains("every night at two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cron_expression_that_never_fires_is_refused_too()
    {
        using var data = new TempFolder();
        await using var app = AppHost.Build(["--Storage:DataFolder", data.Path, "--Jobs:CohortRollover:Cron", "0 0 9 30 2 ?"]);

        var error = await Assert.ThrowsAsync<StartupException>(() => AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true));

        Assert.Contains("'Jobs:CohortRollover:Cron'", error.Message, StringComparison.Ordinal);
        Assert.Contains("never fires", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_shows_every_job_with_its_next_run_and_run_now_fires_the_job_on_the_real_scheduler()
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));

        var page = await admin.PageAsync("/Admin/Jobs");
        var rows = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr");
        Assert.Equal(JobCatalog.All.Count, rows.Length);
        var expectedNext = new CronExpression("0 30 3 * * ?", Cultures.Amsterdam).GetNextValidTimeAfter(DateTimeOffset.UtcNow)!.Value;
        var auditRow = rows.Single(r => r.TextContent.Contains("Controle auditlog", StringComparison.Ordinal));
        Assert.Contains(Cultures.DateTime(expectedNext.UtcDateTime), auditRow.TextContent, StringComparison.Ordinal);

        var response = await admin.SubmitAsync("/Admin/Jobs", new() { ["Input.Job"] = JobCatalog.AuditVerification }, handler: "Run");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        var run = Assert.Single(await WaitForRunsAsync(app, JobCatalog.AuditVerification, 1, TimeSpan.FromSeconds(20)));
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.StartsWith(Environment.MachineName + "/", run.Instance, StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "job.run-now" && a.Target == "job:AuditVerification")));
        page = await admin.PageAsync("/Admin/Jobs");
        var runs = page.QuerySelectorAll("table")[1].TextContent;
        Assert.Contains("geslaagd", runs, StringComparison.Ordinal);
        Assert.Contains("keten intact: 1", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("entriesChecked", runs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_for_an_unknown_job_is_refused()
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));

        var response = await admin.SubmitAsync("/Admin/Jobs", new() { ["Input.Job"] = "DropAllTables" }, handler: "Run");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_scheduler_and_turns_degraded_when_a_jobs_last_run_failed()
    {
        using var app = new AppFactory();
        static async Task<(string Overall, string Scheduler)> HealthAsync(AppFactory app)
        {
            using var json = JsonDocument.Parse(await (await app.Browser().GetAsync("/health")).Content.ReadAsStringAsync());
            return (json.RootElement.GetProperty("status").GetString()!, json.RootElement.GetProperty("checks").GetProperty("scheduler").GetString()!);
        }
        Assert.Equal(("Healthy", "Healthy"), await HealthAsync(app));

        await app.WithDbAsync(async db =>
        {
            db.JobRuns.Add(new JobRun { Id = Guid.NewGuid(), JobName = JobCatalog.Retention, StartedAtUtc = app.Clock.GetUtcNow().UtcDateTime, Outcome = JobOutcome.Failed, Message = "test" });
            await db.SaveChangesAsync();
        });
        Assert.Equal(("Degraded", "Degraded"), await HealthAsync(app));

        await app.RunOkAsync<RetentionJob>();
        Assert.Equal(("Healthy", "Healthy"), await HealthAsync(app));
    }

    // Two successive app instances on the same data folder, like a server restart: the first
    // schedules the job for a few seconds ahead and is stopped before then; the second starts
    // after that time (past the misfire threshold) with the same schedule. Quartz finds the
    // misfire in the job store and fires the job once, now, then keeps to the schedule.
    [Fact]
    public async Task A_run_missed_while_the_app_was_down_happens_once_after_the_restart()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = data.Path,
            [JobSettings.MisfireThresholdSetting] = "00:00:01",
        };
        var key = new TriggerKey(JobCatalog.AuditVerification);
        DateTimeOffset fireAt;
        string cron;
        using (var before = new AppFactory(settings: settings))
        {
            var scheduler = JobSetup.Scheduler(before.Services);
            fireAt = DateTimeOffset.UtcNow.AddSeconds(6);
            cron = DailyCronAt(fireAt);
            // What the configuration below will say, applied to the running instance first.
            var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity(key).ForJob(new JobKey(JobCatalog.AuditVerification))
                .WithCronSchedule(cron, c => c.InTimeZone(JobSettings.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build();
            await scheduler.RescheduleJob(key, trigger, CancellationToken.None);
            Assert.Equal(fireAt.ToUnixTimeSeconds(), (await scheduler.GetTrigger(key))!.NextFireTimeUtc!.Value.ToUnixTimeSeconds());
        }
        await WaitUntilAsync(fireAt.AddSeconds(3));
        Assert.Equal(0L, CountRuns(data.Path, JobCatalog.AuditVerification));

        settings[$"Jobs:{JobCatalog.AuditVerification}:Cron"] = cron;
        using var after = new AppFactory(settings: settings);
        await WaitForRunsAsync(after, JobCatalog.AuditVerification, 1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var runs = await RunsAsync(after, JobCatalog.AuditVerification);
        Assert.Equal(JobOutcome.Succeeded, Assert.Single(runs).Outcome);
        var next = (await JobSetup.Scheduler(after.Services).GetTrigger(key))!.NextFireTimeUtc!.Value;
        Assert.True(next > DateTimeOffset.UtcNow.AddHours(20), $"next fire time {next:O}: the regular schedule should resume tomorrow");
    }

    private static long CountRuns(string dataFolder, string job)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataFolder, "caseregister.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"JobRuns\" WHERE \"JobName\" = $job";
        command.Parameters.AddWithValue("$job", job);
        return (long)command.ExecuteScalar()!;
    }

    // SPEC §5 scale-out: two instances on one PostgreSQL database with one key ring. A trigger
    // in the shared job store is seen by both schedulers; the cluster lets exactly one fire it.
    [Fact]
    public async Task Two_clustered_instances_on_PostgreSQL_fire_a_trigger_once_not_twice()
    {
        using var keys = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CaseRegister"] = TestDatabases.CreatePostgresDatabase(),
            ["Encryption:KeysFolder"] = Path.Combine(keys.Path, "field"),
            ["DataProtection:KeysFolder"] = Path.Combine(keys.Path, "app"),
        };
        using var first = new AppFactory(DatabaseProvider.Postgres, settings);
        _ = first.Services;
        using var second = new AppFactory(DatabaseProvider.Postgres, settings);
        _ = second.Services;
        var instances = new[] { JobSetup.Scheduler(first.Services).SchedulerInstanceId, JobSetup.Scheduler(second.Services).SchedulerInstanceId };
        Assert.NotEqual(instances[0], instances[1]);

        // Both schedulers are running and polling the same store when the trigger comes due.
        var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity("cluster-test")
            .ForJob(new JobKey(JobCatalog.AuditVerification)).StartAt(DateTimeOffset.UtcNow.AddSeconds(3)).Build();
        await JobSetup.Scheduler(first.Services).ScheduleJob(trigger, default, CancellationToken.None);
        await WaitForRunsAsync(first, JobCatalog.AuditVerification, 1, TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var run = Assert.Single(await RunsAsync(second, JobCatalog.AuditVerification));
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.Contains(instances, i => run.Instance!.EndsWith(i, StringComparison.Ordinal));

        // "Run now" on one instance also runs once in the whole cluster.
        await JobSetup.Scheduler(second.Services).TriggerJob(new JobKey(JobCatalog.Retention));
        await WaitForRunsAsync(first, JobCatalog.Retention, 1, TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await RunsAsync(second, JobCatalog.Retention));
    }
}
