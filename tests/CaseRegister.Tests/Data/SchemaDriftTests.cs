using CaseRegister.Tests.Support;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Data;

// The hand-written migrations must build exactly the schema the EF model describes. To see this
// test fail, add a property to any entity without a migration: the message lists the missing
// column and prints the MigrationBuilder code to add.
public class SchemaDriftTests
{
    [Fact]
    public void Migrations_and_model_give_the_same_schema_on_SQLite()
    {
        using var folder = new TempFolder();
        AssertNoDrift(DatabaseProvider.Sqlite, TestDatabases.SqliteConnectionString(folder.Path, "migrated.db"), TestDatabases.SqliteConnectionString(folder.Path, "created.db"));
    }

    [Fact]
    public void Migrations_and_model_give_the_same_schema_on_PostgreSQL()
    {
        AssertNoDrift(DatabaseProvider.Postgres, TestDatabases.CreatePostgresDatabase(), TestDatabases.CreatePostgresDatabase());
    }

    [Fact]
    public void The_comparison_notices_a_column_that_the_migrations_lack()
    {
        using var folder = new TempFolder();
        using var migrated = TestDatabases.Context(DatabaseProvider.Sqlite, TestDatabases.SqliteConnectionString(folder.Path, "migrated.db"));
        migrated.Database.Migrate();
        migrated.Database.ExecuteSqlRaw("ALTER TABLE \"AspNetRoles\" DROP COLUMN \"ConcurrencyStamp\"");
        using var created = TestDatabases.Context(DatabaseProvider.Sqlite, TestDatabases.SqliteConnectionString(folder.Path, "created.db"));
        created.Database.EnsureCreated();

        var missing = SchemaSnapshot.Read(created, DatabaseProvider.Sqlite).Except(SchemaSnapshot.Read(migrated, DatabaseProvider.Sqlite)).ToList();

        Assert.Contains(missing, line => line.StartsWith("AspNetRoles.ConcurrencyStamp", StringComparison.Ordinal));
    }

    private static void AssertNoDrift(DatabaseProvider provider, string migratedConnection, string createdConnection)
    {
        using var migrated = TestDatabases.Context(provider, migratedConnection);
        migrated.Database.Migrate();
        using var created = TestDatabases.Context(provider, createdConnection);
        created.Database.EnsureCreated();

        var fromMigrations = SchemaSnapshot.Read(migrated, provider);
        var fromModel = SchemaSnapshot.Read(created, provider);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        if (missing.Count == 0 && extra.Count == 0) return;

        var tables = missing.Concat(extra).Select(l => l.Split('.', ' ')[0]).ToHashSet();
        Assert.Fail($"""
            The migrations and the EF model disagree on {provider}.
            In the model but not in the migrations:
              {string.Join("\n  ", missing)}
            In the migrations but not in the model:
              {string.Join("\n  ", extra)}
            Model code for the tables involved, to start a new migration from:
            {MigrationScaffolder.ForTables(created, tables)}
            """);
    }
}
