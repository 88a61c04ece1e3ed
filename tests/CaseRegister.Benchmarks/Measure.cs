using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CaseRegister.Web.Data;

namespace CaseRegister.Benchmarks;

// Wall time per run, and the CPU time this process used in it: on a machine shared with other
// work the wall time stretches with the load, while the CPU time of a single-threaded scenario
// over embedded SQLite stays close to the wall time it would take on an idle machine.
public sealed record Timing(IReadOnlyList<double> Milliseconds, IReadOnlyList<double>? CpuMilliseconds = null)
{
    public double P50 => Options.Percentile(Milliseconds, 50);
    public double P95 => Options.Percentile(Milliseconds, 95);
    public double CpuP50 => CpuMilliseconds is null ? double.NaN : Options.Percentile(CpuMilliseconds, 50);
    public double CpuP95 => CpuMilliseconds is null ? double.NaN : Options.Percentile(CpuMilliseconds, 95);
}

// One line of the results table: what was measured, its target, our figure, the hand-written SQL
// figure over the same data, their ratio (target ≤ 3×; of the medians: the p95 of a query of a
// few milliseconds on a shared machine is mostly scheduling noise), and whether the target is met.
public sealed record ResultRow(string Figure, string Target, string Measured, string Baseline, double? Ratio, bool? Met, string Note = "", string Cpu = "–", bool? MetOnCpu = null);

public static class Measure
{
    // Warm-up first (JIT, EF query compilation, SQLite page cache), then the timed runs.
    public static async Task<Timing> TimeAsync(int warmup, int runs, Func<int, Task> body)
    {
        for (var i = 0; i < warmup; i++) await body(i);
        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            await body(i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            cpu.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
        }
        return new Timing(times, cpu);
    }

    public static string Ms(double ms) => ms >= 1000
        ? (ms / 1000).ToString("F2", CultureInfo.InvariantCulture) + " s"
        : ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";

    public static string P50P95(Timing t) => $"{Ms(t.P50)} / {Ms(t.P95)}";

    public static string CpuP50P95(Timing t) => t.CpuMilliseconds is null ? "–" : $"{Ms(t.CpuP50)} / {Ms(t.CpuP95)}";

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("F1", CultureInfo.InvariantCulture) + "×" : "–";
}

// The results of one run, printed as a Markdown table (and appended to --out when given).
public sealed class Report(string provider, string machine)
{
    private readonly List<ResultRow> _rows = [];

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  → {row.Figure}: {row.Measured} (CPU {row.Cpu}; SQL {row.Baseline}, {Measure.Ratio(row.Ratio)}) {row.Note}");
    }

    public string Markdown()
    {
        var lines = new List<string>
        {
            $"{provider} — {machine}",
            "",
            "| figure | target | measured (wall) | CPU time of the process | hand-written SQL (wall) | ratio (≤ 3×) | met? | notes |",
            "|---|---|---|---|---|---|---|---|",
        };
        foreach (var r in _rows)
        {
            var met = r.Met switch { true => "yes", false => "**no**", null => "–" };
            // Only with SQLite is all the work in this process; on PostgreSQL the server's share is not in it.
            if (provider == "SQLite" && r.MetOnCpu is { } onCpu && onCpu != r.Met) met += onCpu ? " (on CPU time: yes)" : " (on CPU time: no)";
            lines.Add($"| {r.Figure} | {r.Target} | {r.Measured} | {r.Cpu} | {r.Baseline} | {Measure.Ratio(r.Ratio)} | {met} | {r.Note} |");
        }
        return string.Join(Environment.NewLine, lines);
    }
}

// Hand-written SQL over the app's open connection: the baselines. Parameters are written the way
// EF stores them on each provider (SQLite: GUIDs as upper-case text, dates as yyyy-MM-dd).
public sealed class Sql(DbConnection connection, DatabaseProvider provider)
{
    public DatabaseProvider Provider => provider;

    public object Id(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    public object Day(DateOnly day) => provider == DatabaseProvider.Sqlite ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day;

    public object Instant(DateTime utc) => provider == DatabaseProvider.Sqlite ? utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : utc;

    public object Bool(bool value) => provider == DatabaseProvider.Sqlite ? (value ? 1 : 0) : value;

    // Reads every value of every row, as code materialising the result would; returns the rows.
    public async Task<int> ReadAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    public async Task<int> ExecuteAsync(string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private DbCommand Command(string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
