using System.Globalization;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Security;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The jobs' configuration, read and checked once. A schedule that Quartz cannot parse, or one
// that never fires, stops the app at start-up (AppHost.PrepareAsync) with the setting's name,
// instead of surfacing as a scheduler error in the log hours later.
public sealed class JobSettings
{
    public const string EnabledSetting = "Jobs:Enabled";
    public const string MisfireThresholdSetting = "Jobs:MisfireThreshold";

    public JobSettings(IConfiguration configuration, TimeProvider time)
    {
        Enabled = ReadBool(configuration, EnabledSetting, true);
        MisfireThreshold = ReadTimeSpan(configuration, MisfireThresholdSetting, TimeSpan.FromMinutes(1));
        var crons = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var job in JobCatalog.All)
        {
            var text = configuration[job.CronSetting];
            var cron = string.IsNullOrWhiteSpace(text) ? job.DefaultCron : text.Trim();
            var problem = CheckCron(cron, time.GetUtcNow());
            if (problem is not null)
                problems.Add($"Configuration '{job.CronSetting}' is '{cron}': {problem} Use a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), e.g. '{job.DefaultCron}'.");
            crons[job.Name] = cron;
        }
        if (problems.Count > 0) throw new StartupException(string.Join("\n", problems));
        Crons = crons;
    }

    public bool Enabled { get; }

    // How late a trigger may fire before it counts as misfired; a misfired trigger fires once as
    // soon as the scheduler is back (CronTriggerMisfireInstruction.FireAndProceed).
    public TimeSpan MisfireThreshold { get; }

    public IReadOnlyDictionary<string, string> Crons { get; }

    // The schedules' wall-clock times are Dutch times, also across daylight saving changes.
    public static TimeZoneInfo TimeZone => Cultures.Amsterdam;

    private static string? CheckCron(string cron, DateTimeOffset now)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron, TimeZone);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return $"not a valid cron expression ({ex.Message.TrimEnd('.')}).";
        }
        return expression.GetNextValidTimeAfter(now) is null ? "it never fires." : null;
    }

    private static bool ReadBool(IConfiguration configuration, string key, bool fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return bool.TryParse(text, out var value) ? value : throw new StartupException($"Configuration '{key}' is '{text}'; use 'true' or 'false'.");
    }

    private static TimeSpan ReadTimeSpan(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new StartupException($"Configuration '{key}' is '{text}'; use a positive duration such as '00:01:00'.");
    }
}
