using System.Globalization;
using CaseRegister.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace CaseRegister.Benchmarks;

public sealed record Table(string Name, params string[] Columns);

// Writes generated rows fast, table by table in foreign-key order: on SQLite prepared INSERTs in
// one transaction per batch; on PostgreSQL binary COPY (one per table and batch) in the same
// transaction. Values arrive as CLR values (Guid, DateOnly, DateTime UTC, string, int, bool, null)
// and are stored exactly as EF stores them on each provider.
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(BenchDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            // For the load only: a page cache that holds the indexes being filled (random GUID
            // keys touch every page) and no fsync per batch. The app's own connections keep
            // SQLite's defaults.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA cache_size = -1000000; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;";
                await pragma.ExecuteNonQueryAsync();
            }
            return new SqliteBulkWriter(connection);
        }
        var pg = new NpgsqlConnection(database.ConnectionString);
        await pg.OpenAsync();
        return new PostgresBulkWriter(pg);
    }

    public abstract Task WriteAsync(Table table, List<object?[]> rows);

    public abstract Task CommitAsync();

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteBulkWriter(SqliteConnection connection) : BulkWriter
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private SqliteTransaction? _transaction;

    public override Task WriteAsync(Table table, List<object?[]> rows)
    {
        _transaction ??= connection.BeginTransaction();
        if (!_commands.TryGetValue(table.Name, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(",", table.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(",", table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < table.Columns.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
            _commands[table.Name] = command;
        }
        command.Transaction = _transaction;
        // Synchronous on purpose: per-row async calls cost more than the insert itself here.
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) command.Parameters[i].Value = Convert(row[i]);
            command.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    private static object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };

    public override Task CommitAsync()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        if (_transaction is not null) await _transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}

internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : BulkWriter
{
    private NpgsqlTransaction? _transaction;

    public override async Task WriteAsync(Table table, List<object?[]> rows)
    {
        _transaction ??= await connection.BeginTransactionAsync();
        var sql = $"COPY \"{table.Name}\" ({string.Join(",", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(); break;
                    case Guid g: await importer.WriteAsync(g, NpgsqlDbType.Uuid); break;
                    case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                    case DateTime t: await importer.WriteAsync(t, NpgsqlDbType.TimestampTz); break;
                    case string s: await importer.WriteAsync(s, NpgsqlDbType.Text); break;
                    case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                    case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                    default: throw new InvalidOperationException($"No COPY mapping for {value.GetType()} in {table.Name}.");
                }
            }
        }
        await importer.CompleteAsync();
    }

    public override async Task CommitAsync()
    {
        if (_transaction is null) return;
        await _transaction.CommitAsync();
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
