using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CaseRegister.Tests.Support;

// Real databases only: a SQLite file in a temp folder, or a fresh database on the throwaway
// PostgreSQL server that ./test.sh starts. Without that server the PostgreSQL tests fail (they
// are not skipped): run the suite through ./test.sh.
public static class TestDatabases
{
    public const string PostgresVariable = "CASEREGISTER_TEST_POSTGRES";

    public static string SqliteConnectionString(string folder, string name = "test.db") => $"Data Source={Path.Combine(folder, name)};Pooling=False";

    public static string CreatePostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL server.");
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static CaseRegisterDbContext Context(DatabaseProvider provider, string connectionString, FieldProtector? protector = null)
    {
        var builder = new DbContextOptionsBuilder<CaseRegisterDbContext>();
        if (provider == DatabaseProvider.Postgres) builder.UseNpgsql(connectionString);
        else builder.UseSqlite(connectionString);
        builder.ReplaceService<IModelCacheKeyFactory, FieldProtectorModelCacheKeyFactory>();
        return new CaseRegisterDbContext(builder.Options, protector ?? new FieldProtector(new EphemeralDataProtectionProvider()));
    }
}
