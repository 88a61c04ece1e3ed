using CaseRegister.Web;
using CaseRegister.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseRegister.Benchmarks;

// A throwaway database for one benchmark run, on SQLite (a file in a temp data folder) or on a
// PostgreSQL server (a database of its own, created and dropped here), with named snapshots so a
// scenario that changes data (planner, enrolment) starts each run from the same state.
// The data folder also holds the field key ring, so the app and a child process started on it
// decrypt the generated identities.
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _pgAdmin;
    private readonly List<string> _snapshots = [];

    private BenchDatabase(DatabaseProvider provider, string folder, string name, string? pgAdmin)
    {
        Provider = provider;
        Folder = folder;
        Name = name;
        _pgAdmin = pgAdmin;
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={SqliteFile}"
            : new NpgsqlConnectionStringBuilder(pgAdmin) { Database = name, MaxPoolSize = 200 }.ConnectionString;
    }

    public DatabaseProvider Provider { get; }
    public string Folder { get; }
    public string Name { get; }
    public string ConnectionString { get; }
    public string SqliteFile => Path.Combine(Folder, "caseregister.db");
    public string ProviderLabel => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    // The app's own settings, as on its command line (AppHost.Build); jobs off so that nothing
    // runs beside the measurement.
    public string[] AppArgs(params string[] extra)
    {
        var args = new List<string> { "--Storage:DataFolder", Folder, "--Jobs:Enabled", "false", "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error", "--Logging:LogLevel:CaseRegister.Web.Security.KeyRingGuard", "Error" };
        if (Provider == DatabaseProvider.Postgres)
            args.AddRange(["--Database:Provider", "Postgres", "--ConnectionStrings:CaseRegister", ConnectionString]);
        args.AddRange(extra);
        return [.. args];
    }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? pgAdmin, string label)
    {
        var folder = Path.Combine(Path.GetTempPath(), "caseregister-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var name = "cr_bench_" + label;
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(pgAdmin)) throw new ArgumentException("--provider postgres needs --pg \"Host=...;Port=...;Username=...;Database=postgres\".");
            await AdminAsync(pgAdmin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"");
        }
        return new BenchDatabase(provider, folder, name, pgAdmin);
    }

    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public async Task SnapshotAsync(string snapshot)
    {
        ClearPools();
        if (Provider == DatabaseProvider.Sqlite)
        {
            Checkpoint();
            File.Copy(SqliteFile, SnapshotFile(snapshot), overwrite: true);
        }
        else
        {
            await AdminAsync(_pgAdmin!, $"DROP DATABASE IF EXISTS \"{Name}_{snapshot}\" WITH (FORCE)", $"CREATE DATABASE \"{Name}_{snapshot}\" TEMPLATE \"{Name}\"");
        }
        if (!_snapshots.Contains(snapshot)) _snapshots.Add(snapshot);
    }

    public async Task RestoreAsync(string snapshot)
    {
        ClearPools();
        if (Provider == DatabaseProvider.Sqlite)
        {
            File.Copy(SnapshotFile(snapshot), SqliteFile, overwrite: true);
            foreach (var suffix in new[] { "-wal", "-shm" }) if (File.Exists(SqliteFile + suffix)) File.Delete(SqliteFile + suffix);
        }
        else
        {
            await AdminAsync(_pgAdmin!, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", $"CREATE DATABASE \"{Name}\" TEMPLATE \"{Name}_{snapshot}\"");
        }
    }

    // Statistics for the query planners after a bulk load, as a DBA would after an import.
    public async Task AnalyzeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }

    public long SizeBytes()
    {
        if (Provider == DatabaseProvider.Sqlite) return new FileInfo(SqliteFile).Length;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }

    private string SnapshotFile(string snapshot) => Path.Combine(Folder, $"snapshot-{snapshot}.db");

    private void Checkpoint()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private static async Task AdminAsync(string adminConnectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        ClearPools();
        if (Provider == DatabaseProvider.Postgres)
        {
            try
            {
                await AdminAsync(_pgAdmin!, [$"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", .. _snapshots.Select(s => $"DROP DATABASE IF EXISTS \"{Name}_{s}\" WITH (FORCE)")]);
            }
            catch (NpgsqlException)
            {
                // Best effort: the throwaway cluster goes anyway.
            }
        }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
