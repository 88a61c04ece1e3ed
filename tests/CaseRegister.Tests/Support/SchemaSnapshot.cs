using System.Data.Common;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Support;

// The schema as sorted lines (tables, columns with type and nullability, indexes, foreign keys),
// so that two databases can be compared and the difference printed.
public static class SchemaSnapshot
{
    public static IReadOnlyList<string> Read(CaseRegisterDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        var lines = provider == DatabaseProvider.Postgres ? ReadPostgres(connection) : ReadSqlite(connection);
        return lines.Where(l => !l.StartsWith("__EFMigrations", StringComparison.Ordinal) && !l.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> ReadSqlite(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Select(r => (string)r[0]!).ToList();
        foreach (var table in tables)
        {
            foreach (var c in Query(connection, $"PRAGMA table_info(\"{table}\")"))
                lines.Add($"{table}.{c[1]} {c[2]} {(Convert.ToInt64(c[3]) == 1 || Convert.ToInt64(c[5]) > 0 ? "not null" : "null")}{(Convert.ToInt64(c[5]) > 0 ? $" pk{c[5]}" : "")}");
            foreach (var i in Query(connection, $"PRAGMA index_list(\"{table}\")").Where(i => (string)i[3]! == "c"))
            {
                var columns = Query(connection, $"PRAGMA index_info(\"{i[1]}\")").OrderBy(r => Convert.ToInt64(r[0])).Select(r => (string)r[2]!);
                lines.Add($"{table} index {i[1]} ({string.Join(",", columns)}){(Convert.ToInt64(i[2]) == 1 ? " unique" : "")}");
            }
            foreach (var f in Query(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
                lines.Add($"{table} fk {f[3]} -> {f[2]}.{f[4]} on delete {f[6]}");
        }
        return lines;
    }

    private static List<string> ReadPostgres(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in Query(connection, """
            SELECT table_name, column_name, data_type, is_nullable, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
            lines.Add($"{c[0]}.{c[1]} {c[2]}{(c[4] is null or DBNull ? "" : $"({c[4]})")} {((string)c[3]! == "YES" ? "null" : "not null")}");
        foreach (var i in Query(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            lines.Add($"{i[0]} index {i[1]} {((string)i[2]!)[((string)i[2]!).IndexOf(" USING ", StringComparison.Ordinal)..]}{(((string)i[2]!).Contains("UNIQUE", StringComparison.Ordinal) ? " unique" : "")}");
        foreach (var f in Query(connection, """
            SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
            JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
            JOIN information_schema.referential_constraints rc ON tc.constraint_name = rc.constraint_name AND tc.table_schema = rc.constraint_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
            """))
            lines.Add($"{f[0]} fk {f[1]} -> {f[2]}.{f[3]} on delete {f[4]}");
        return lines;
    }

    private static List<object?[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }
}
