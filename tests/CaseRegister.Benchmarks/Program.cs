using System.Globalization;
using CaseRegister.Benchmarks;
using CaseRegister.Web.Data;

// Whole-scenario benchmarks over a generated national-scale study (SPEC §5 quality targets),
// each reported as p50/p95 or median and as a ratio against hand-written SQL over the same data.
//   dotnet run -c Release --project tests/CaseRegister.Benchmarks -- <scenario> [options]
// A scenario generates its study first (NationalStudy); `all` generates once and runs everything.
// docs/benchmarks.md has the figures and how to reproduce them.
const string Usage = """
    Usage: dotnet run -c Release --project tests/CaseRegister.Benchmarks -- <scenario> [options]
    Scenarios: caselist, dashboard, pack, planner, enrolment, http, all, serve (internal: the app for http)
    Options:
      --provider sqlite|postgres   database (default sqlite)
      --pg "Host=..;Port=..;Username=..;Database=postgres"   admin connection for --provider postgres
      --cases N                    cases in the generated study (default 20000)
      --runs R                     timed runs per query figure (default 50; planner and pack: 3)
      --enrolments N               enrolments to time (default 200)
      --skip-small                 pack/all: leave out the 250-case pack
      --users N --seconds S        http: concurrent users (default 50) and duration (default 45)
      --out FILE                   also append the Markdown table to FILE
      --keep                       keep the generated national study (prints its folder)
      --reuse DIR                  measure a kept study again instead of generating one
    """;

if (args.Length > 0 && args[0] == "serve") return await HttpScenario.ServeAsync(args[1..]);

string[] known = ["caselist", "dashboard", "pack", "planner", "enrolment", "http", "all"];
if (args.Length == 0 || !known.Contains(args[0]))
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var scenario = args[0];
var options = args[1..];
DatabaseProvider provider;
int cases, runs;
try
{
    provider = (Options.Text(options, "--provider") ?? "sqlite").ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        var other => throw new ArgumentException($"--provider must be sqlite or postgres, not '{other}'."),
    };
    cases = Options.Int(options, "--cases", 20_000);
    runs = Options.Int(options, "--runs", 50);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
var pg = Options.Text(options, "--pg");
var slowRuns = Options.Int(options, "--slow-runs", 3);

var machine = string.Create(CultureInfo.InvariantCulture,
    $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs, load average at start {LoadAverage()}, .NET {Environment.Version}");
Console.WriteLine(machine);
var providerLabel = provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
var report = new Report(providerLabel, machine);

if (scenario is "pack" or "all" && !options.Contains("--skip-small"))
{
    // Study scale first (its own small database), then national scale below.
    await using var small = await BenchStudy.PrepareAsync(provider, pg, 250, "s250");
    await PackScenario.RunAsync(small, report, slowRuns, targetSeconds: 0.5);
}
if (scenario != "pack" || cases != 250)
{
    await using var study = await BenchStudy.PrepareAsync(provider, pg, cases, "national", Options.Text(options, "--reuse"), options.Contains("--keep"));
    report.Add(new ResultRow("generated study", "≤ 2–3 min", study.Info.Summary, "–", null, study.Info.Took.TotalMinutes <= 3));
    if (scenario is "caselist" or "all") await CaseListScenario.RunAsync(study, report, runs);
    if (scenario is "dashboard" or "all") await DashboardScenario.RunAsync(study, report, runs);
    if (scenario is "pack" or "all") await PackScenario.RunAsync(study, report, slowRuns, targetSeconds: 5);
    if (scenario is "planner" or "all") await PlannerScenario.RunAsync(study, report, slowRuns);
    if (scenario is "http" or "all") await HttpScenario.RunAsync(study, report, Options.Int(options, "--users", 50), Options.Int(options, "--seconds", 45));
    if (scenario is "enrolment" or "all") await EnrolmentScenario.RunAsync(study, report, Options.Int(options, "--enrolments", 200));
}

Console.WriteLine();
Console.WriteLine($"load average at end {LoadAverage()}");
var table = report.Markdown();
Console.WriteLine(table);
if (Options.Text(options, "--out") is { } file)
    await File.AppendAllTextAsync(file, table + Environment.NewLine + $"load average at end {LoadAverage()}" + Environment.NewLine + Environment.NewLine);
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
