using System.Diagnostics;
using System.Text.Json;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// What every scheduled job shares: a JobRun row per run (started, finished, outcome, counts),
// a log line without personal data, and "today" from TimeProvider so tests move the clock. The
// Quartz entry point and the tests (and "run now") go through RunAsync, so a test exercises the
// exact code the scheduler runs.
public abstract class ScheduledJob(IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger logger) : IJob
{
    public abstract string Name { get; }

    protected TimeProvider Time => time;

    // The study's calendar day: a job at 01:30 Dutch time must not still see yesterday's UTC date.
    protected DateOnly Today => DateOnly.FromDateTime(Cultures.ToAmsterdam(time.GetUtcNow().UtcDateTime));

    protected DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    // The job's work. Returns the counts to report; must be idempotent: a second run on the same
    // day changes nothing.
    protected abstract Task<JobCounts> ExecuteAsync(CancellationToken ct);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunAsync($"{Environment.MachineName}/{context.Scheduler.SchedulerInstanceId}", cancellationToken);

    public async Task<JobRun> RunAsync(string? instance = null, CancellationToken ct = default)
    {
        var run = new JobRun
        {
            Id = Guid.NewGuid(),
            JobName = Name,
            StartedAtUtc = NowUtc,
            Outcome = JobOutcome.Running,
            Instance = Truncate(instance ?? Environment.MachineName, 200),
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            var counts = await ExecuteAsync(ct);
            run.Counts = Truncate(counts.ToJson(), 2000);
            run.Message = counts.Problem is null ? null : Truncate(counts.Problem, 2000);
            run.Outcome = counts.Problem is null ? JobOutcome.Succeeded : JobOutcome.Failed;
            if (counts.Problem is null)
                logger.LogInformation("Job {Job} succeeded in {Milliseconds} ms: {Counts}", Name, watch.ElapsedMilliseconds, run.Counts);
            else
                logger.LogError("Job {Job} found a problem in {Milliseconds} ms: {Problem} {Counts}", Name, watch.ElapsedMilliseconds, counts.Problem, run.Counts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Exception messages from the database name tables and columns, not values; the
            // encrypted columns hold ciphertext only. The stack trace stays out of the row.
            run.Outcome = JobOutcome.Failed;
            run.Message = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            logger.LogError(ex, "Job {Job} failed after {Milliseconds} ms", Name, watch.ElapsedMilliseconds);
        }
        finally
        {
            run.FinishedAtUtc = NowUtc;
            if (run.Outcome == JobOutcome.Running)
            {
                run.Outcome = JobOutcome.Failed;
                run.Message = "Cancelled (the application stopped).";
            }
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            db.JobRuns.Attach(run).State = EntityState.Modified;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return run;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

// Named counts of what a run did, kept in insertion order, reported as compact JSON. Problem is
// set when the job ran but found something wrong that the admins must see (a broken audit chain).
public sealed class JobCounts
{
    private readonly List<KeyValuePair<string, int>> _items = [];

    public string? Problem { get; set; }

    public int this[string name]
    {
        get => _items.FirstOrDefault(i => i.Key == name).Value;
        set
        {
            var index = _items.FindIndex(i => i.Key == name);
            if (index >= 0) _items[index] = new(name, value);
            else _items.Add(new(name, value));
        }
    }

    public void Add(string name, int by = 1) => this[name] = this[name] + by;

    public string ToJson()
    {
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(writer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in _items) json.WriteNumber(key, value);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(writer.WrittenSpan);
    }

    public static IReadOnlyList<KeyValuePair<string, int>> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, int>(p.Name, p.Value.GetInt32()))];
    }
}
