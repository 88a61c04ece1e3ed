using System.Diagnostics;
using System.Globalization;
using CaseRegister.Web;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseRegister.Benchmarks;

// SPEC §5: "re-contact planner over all cases ≤ 10 s" at national scale (20,000 cases, 8 waves),
// on the embedded SQLite database. Synthetic cases are written straight into a migrated database
// (one transaction of prepared inserts), then the planner job's logic runs over copies of it:
//   catch-up: every wave still "planned", as after a long stop (the most work one run can meet);
//   daily:    the day after a catch-up run (the normal nightly run).
// Baseline: hand-written SQL doing the same status update (one UPDATE with CASE) plus the task
// inserts and closes, on the same copies.
public static class PlannerScenario
{
    private static readonly DateOnly StudyStart = new(2026, 1, 1);
    private static readonly DateOnly Today = new(2028, 3, 15);

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Options.Int(args, "--cases", 20_000);
        var runs = Options.Int(args, "--runs", 5);
        var folder = Path.Combine(Path.GetTempPath(), "caseregister-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = AppHost.Build(["--Storage:DataFolder", folder, "--Jobs:Enabled", "false", "--Logging:LogLevel:Default", "Warning"]);
            await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true);
            var database = app.Services.GetRequiredService<DatabaseInfo>();
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

            var watch = Stopwatch.StartNew();
            var waves = await GenerateAsync(app.Services, database.ConnectionString, cases);
            Console.WriteLine($"Generated {cases:N0} cases with {waves:N0} waves in {watch.Elapsed.TotalSeconds:F1} s ({file}).");
            SqliteConnection.ClearAllPools();
            var template = Path.Combine(folder, "template.db");
            Checkpoint(database.ConnectionString);
            File.Copy(file, template);

            var contexts = app.Services.GetRequiredService<IDbContextFactory<CaseRegisterDbContext>>();
            async Task<double> Planner(DateOnly day)
            {
                await using var db = await contexts.CreateDbContextAsync();
                var job = new RecontactPlannerJob(db, contexts, new FixedTime(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero)), NullLogger<RecontactPlannerJob>.Instance);
                var started = Stopwatch.GetTimestamp();
                var run = await job.RunAsync("benchmark");
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                if (run.Outcome != JobOutcome.Succeeded) throw new InvalidOperationException($"Planner failed: {run.Message}");
                return seconds;
            }

            async Task<(double Median, IReadOnlyList<double> All)> Measure(string from, Func<Task<double>> body)
            {
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    SqliteConnection.ClearAllPools();
                    File.Copy(from, file, overwrite: true);
                    DeleteSidecars(file);
                    times.Add(await body());
                }
                return (Options.Median(times), times);
            }

            var catchUp = await Measure(template, () => Planner(Today));
            var catchUpSql = await Measure(template, () => Task.FromResult(Baseline(database.ConnectionString, Today)));

            // The daily run starts from the state a catch-up run leaves.
            SqliteConnection.ClearAllPools();
            File.Copy(template, file, overwrite: true);
            DeleteSidecars(file);
            await Planner(Today);
            SqliteConnection.ClearAllPools();
            Checkpoint(database.ConnectionString);
            var afterCatchUp = Path.Combine(folder, "after-catch-up.db");
            File.Copy(file, afterCatchUp, overwrite: true);
            var daily = await Measure(afterCatchUp, () => Planner(Today.AddDays(1)));
            var dailySql = await Measure(afterCatchUp, () => Task.FromResult(Baseline(database.ConnectionString, Today.AddDays(1))));

            Console.WriteLine();
            Console.WriteLine($"planner, {cases:N0} cases, {waves:N0} waves, SQLite, median of {runs} runs (all runs in s)");
            Report("catch-up run (all waves planned)", catchUp, catchUpSql);
            Report("daily run (day after catch-up)", daily, dailySql);
            Console.WriteLine($"target: ≤ 10 s for the planner over all cases; ratio against the SQL baseline ≤ 3x");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static void Report(string label, (double Median, IReadOnlyList<double> All) job, (double Median, IReadOnlyList<double> All) sql)
    {
        static string All(IReadOnlyList<double> t) => string.Join(" ", t.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)));
        Console.WriteLine($"  {label}: planner job {job.Median:F2} s [{All(job.All)}], SQL baseline {sql.Median:F2} s [{All(sql.All)}], ratio {job.Median / sql.Median:F1}x");
    }

    private static void Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private static void DeleteSidecars(string file)
    {
        foreach (var suffix in new[] { "-wal", "-shm" }) if (File.Exists(file + suffix)) File.Delete(file + suffix);
    }

    // Cases included over the first two study years, in four cohorts, 5 % withdrawn; waves from
    // the real WaveSchedule, all still "planned"; T0 and follow-ups whose window closed before
    // today held (in the window) for 85 % of the waves. Research codes only, no identity data: the
    // planner never reads it.
    private static async Task<int> GenerateAsync(IServiceProvider services, string connectionString, int count)
    {
        var random = new Random(20261122);
        Guid regionId, teamId;
        var cohorts = new List<Guid>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            var settings = await db.StudySettings.SingleAsync();
            settings.StudyStart = StudyStart;
            var region = await db.Regions.Include(r => r.ExpertTeams).FirstAsync(r => r.InStudy);
            regionId = region.Id;
            teamId = region.ExpertTeams[0].Id;
            for (var year = 2026; year <= 2027; year++)
            {
                var cohort = new Cohort { Id = Guid.NewGuid(), Label = $"Cohort {year}", Year = year, InclusionStart = new DateOnly(year, 1, 1), InclusionEnd = new DateOnly(year, 12, 31), TargetSize = count, IsOpen = year == 2027 };
                db.Cohorts.Add(cohort);
                cohorts.Add(cohort.Id);
            }
            await db.SaveChangesAsync();
        }
        var schedule = new WaveSchedule(new ScheduleSettings { StudyStart = StudyStart });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insertCase = connection.CreateCommand();
        insertCase.Transaction = transaction;
        insertCase.CommandText = """
            INSERT INTO "Cases" ("Id","ResearchCode","CohortId","Status","RegionId","ExpertTeamId","ExpertTeamDiscussedOn","InclusionDate","AgeAtInclusion","Sex",
                "EndedOn","IsDemo","ConsentState","CreatedAtUtc","UpdatedAtUtc","Version")
            VALUES ($id,$code,$cohort,$status,$region,$team,$discussed,$included,$age,'NotReported',$ended,1,'Complete',$now,$now,$version)
            """;
        string[] caseParams = ["$id", "$code", "$cohort", "$status", "$region", "$team", "$discussed", "$included", "$age", "$ended", "$now", "$version"];
        foreach (var p in caseParams) insertCase.Parameters.Add(new SqliteParameter(p, null));
        var insertWave = connection.CreateCommand();
        insertWave.Transaction = transaction;
        insertWave.CommandText = """
            INSERT INTO "Waves" ("Id","CaseId","Label","Kind","MonthsAfterBaseline","DueOn","WindowOpensOn","WindowClosesOn","Status","CompletedOn","ConsentBlocked")
            VALUES ($id,$case,$label,$kind,$months,$due,$opens,$closes,'Planned',$completed,0)
            """;
        string[] waveParams = ["$id", "$case", "$label", "$kind", "$months", "$due", "$opens", "$closes", "$completed"];
        foreach (var p in waveParams) insertWave.Parameters.Add(new SqliteParameter(p, null));
        insertCase.Prepare();
        insertWave.Prepare();

        static string G(Guid g) => g.ToString().ToUpperInvariant();
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var waves = 0;
        var lastDay = Today.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            var included = StudyStart.AddDays(random.Next(0, Math.Min(730, lastDay.DayNumber - StudyStart.DayNumber)));
            var withdrawn = random.NextDouble() < 0.05;
            var ended = withdrawn ? included.AddDays(random.Next(30, Math.Max(31, Today.DayNumber - included.DayNumber))) : (DateOnly?)null;
            var id = Guid.NewGuid();
            insertCase.Parameters["$id"].Value = G(id);
            insertCase.Parameters["$code"].Value = $"BM-{included.Year}-{i:00000}";
            insertCase.Parameters["$cohort"].Value = G(cohorts[included.Year - 2026]);
            insertCase.Parameters["$status"].Value = withdrawn ? "Withdrawn" : "Active";
            insertCase.Parameters["$region"].Value = G(regionId);
            insertCase.Parameters["$team"].Value = G(teamId);
            insertCase.Parameters["$discussed"].Value = D(included.AddDays(-20));
            insertCase.Parameters["$included"].Value = D(included);
            insertCase.Parameters["$age"].Value = random.Next(8, 19);
            insertCase.Parameters["$ended"].Value = ended is { } e ? D(e) : DBNull.Value;
            insertCase.Parameters["$now"].Value = now;
            insertCase.Parameters["$version"].Value = G(Guid.NewGuid());
            insertCase.ExecuteNonQuery();

            var baseline = schedule.Baseline(included);
            DateOnly? t0Held = baseline.WindowClosesOn < Today && random.NextDouble() < 0.85
                ? baseline.WindowOpensOn.AddDays(random.Next(0, baseline.WindowClosesOn.DayNumber - baseline.WindowOpensOn.DayNumber + 1))
                : null;
            foreach (var wave in schedule.For(included, t0Held))
            {
                DateOnly? completed = wave.Kind == WaveKind.Baseline ? t0Held
                    : t0Held is not null && wave.WindowClosesOn < Today && random.NextDouble() < 0.85 ? wave.DueOn.AddDays(random.Next(-20, 21)) : null;
                if (ended is { } end && completed > end) completed = null;
                insertWave.Parameters["$id"].Value = G(Guid.NewGuid());
                insertWave.Parameters["$case"].Value = G(id);
                insertWave.Parameters["$label"].Value = wave.Label;
                insertWave.Parameters["$kind"].Value = wave.Kind.ToString();
                insertWave.Parameters["$months"].Value = wave.MonthsAfterBaseline;
                insertWave.Parameters["$due"].Value = D(wave.DueOn);
                insertWave.Parameters["$opens"].Value = D(wave.WindowOpensOn);
                insertWave.Parameters["$closes"].Value = D(wave.WindowClosesOn);
                insertWave.Parameters["$completed"].Value = completed is { } c ? D(c) : DBNull.Value;
                insertWave.ExecuteNonQuery();
                waves++;
            }
        }
        await transaction.CommitAsync();
        return waves;
    }

    // The same decisions in plain SQL: one UPDATE with CASE for the wave statuses, then the
    // contact tasks: insert for due/missed waves without one, close those of completed waves,
    // cancel those of ended cases, mark missed ones. (No re-planning of follow-ups and no consent
    // flags: the SQL is the lower bound the job is compared with.)
    private static double Baseline(string connectionString, DateOnly today)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        command.CommandText = """
            UPDATE "Waves" AS w SET "Status" = s."New"
            FROM (
                SELECT w2."Id",
                    CASE
                        WHEN w2."CompletedOn" IS NOT NULL AND w2."CompletedOn" <= $today THEN 'Completed'
                        WHEN c."Status" IN ('Completed','Withdrawn','LostToFollowUp','Deceased') AND COALESCE(c."EndedOn", $today) <= $today
                            THEN CASE WHEN w2."WindowClosesOn" < COALESCE(c."EndedOn", $today) THEN 'Missed' ELSE 'Cancelled' END
                        WHEN $today < w2."WindowOpensOn" THEN 'Planned'
                        WHEN $today <= w2."WindowClosesOn" THEN 'Due'
                        ELSE 'Missed'
                    END AS "New"
                FROM "Waves" w2 JOIN "Cases" c ON c."Id" = w2."CaseId"
            ) AS s
            WHERE w."Id" = s."Id" AND w."Status" <> s."New";

            INSERT INTO "CaseTasks" ("Id","CaseId","Kind","WaveId","MilestoneAge","DueOn","State","ConsentBlocked","CreatedAtUtc","ClosedAtUtc")
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                   w."CaseId", 'WaveContact', w."Id", NULL, w."DueOn", CASE w."Status" WHEN 'Due' THEN 'Open' ELSE 'Missed' END, 0, $now, NULL
            FROM "Waves" w JOIN "Cases" c ON c."Id" = w."CaseId"
            WHERE w."Status" IN ('Due','Missed') AND c."Status" IN ('Enrolled','Active')
              AND NOT EXISTS (SELECT 1 FROM "CaseTasks" t WHERE t."CaseId" = w."CaseId" AND t."Kind" = 'WaveContact' AND t."WaveId" = w."Id");

            UPDATE "CaseTasks" SET "State" = 'Done', "ClosedAtUtc" = $now
            WHERE "State" IN ('Open','Missed') AND "WaveId" IN (SELECT "Id" FROM "Waves" WHERE "Status" = 'Completed');

            UPDATE "CaseTasks" SET "State" = 'Cancelled', "ClosedAtUtc" = $now
            WHERE "State" IN ('Open','Missed') AND "CaseId" IN (SELECT "Id" FROM "Cases" WHERE "Status" IN ('Completed','Withdrawn','LostToFollowUp','Deceased'));

            UPDATE "CaseTasks" SET "State" = 'Missed'
            WHERE "State" = 'Open' AND "WaveId" IN (SELECT "Id" FROM "Waves" WHERE "Status" = 'Missed');
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
        return watch.Elapsed.TotalSeconds;
    }
}
