using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseRegister.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

// The one place that chooses the database provider.
public static class DatabaseSetup
{
    public static IServiceCollection AddCaseRegisterDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => Read(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<AppPaths>().DataFolder));
        services.AddDbContextFactory<CaseRegisterDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<DatabaseInfo>();
            if (database.Provider == DatabaseProvider.Postgres) options.UseNpgsql(database.ConnectionString);
            else options.UseSqlite(database.ConnectionString);
            options.ReplaceService<IModelCacheKeyFactory, FieldProtectorModelCacheKeyFactory>();
            options.AddInterceptors(sp.GetRequiredService<TrackingInterceptor>());
        });
        services.AddSingleton<TrackingInterceptor>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseRegisterDbContext>>().CreateDbContext());
        return services;
    }

    private static DatabaseInfo Read(IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new StartupException($"Configuration 'Database:Provider' is '{providerText}'; use 'Sqlite' or 'Postgres'.");
        var connectionString = configuration.GetConnectionString("CaseRegister");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new StartupException("Configuration 'ConnectionStrings:CaseRegister' is required when 'Database:Provider' is 'Postgres'.");
        connectionString ??= $"Data Source={Path.Combine(dataFolder, "caseregister.db")}";
        return new DatabaseInfo(provider, connectionString);
    }
}

public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);
