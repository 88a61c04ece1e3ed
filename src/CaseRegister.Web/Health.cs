using System.Text.Json;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseRegister.Web;

public static class Health
{
    public static IServiceCollection AddCaseRegisterHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<KeyRingHealthCheck>("keyring");
        return services;
    }

    // Status per check, no details: the endpoint is anonymous.
    public static Task WriteResponse(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}

public sealed class DatabaseHealthCheck(CaseRegisterDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
}

public sealed class KeyRingHealthCheck(FieldKeyRing ring, StudySecrets secrets, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var key = ring.DefaultKey;
        if (!secrets.IsLoaded || key is null) return Task.FromResult(HealthCheckResult.Unhealthy());
        // Warn well before the active key expires: new encryptions would fail after that.
        return Task.FromResult(key.ExpirationDate < time.GetUtcNow().AddDays(60) ? HealthCheckResult.Degraded() : HealthCheckResult.Healthy());
    }
}
