using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseRegister.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

// The one place that chooses the database provider.
public static class DatabaseSetup
{
    public static IServiceCollection AddCaseRegisterDatabase(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new StartupException($"Configuration 'Database:Provider' is '{providerText}'; use 'Sqlite' or 'Postgres'.");
        var connectionString = configuration.GetConnectionString("CaseRegister");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new StartupException("Configuration 'ConnectionStrings:CaseRegister' is required when 'Database:Provider' is 'Postgres'.");
        connectionString ??= $"Data Source={Path.Combine(dataFolder, "caseregister.db")}";

        services.AddDbContextFactory<CaseRegisterDbContext>(options =>
        {
            if (provider == DatabaseProvider.Postgres) options.UseNpgsql(connectionString);
            else options.UseSqlite(connectionString);
            options.ReplaceService<IModelCacheKeyFactory, FieldProtectorModelCacheKeyFactory>();
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseRegisterDbContext>>().CreateDbContext());
        services.AddSingleton(new DatabaseInfo(provider, connectionString));
        return services;
    }
}

public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);
