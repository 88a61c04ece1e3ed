using System.Security.Claims;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseRegister.Web.Data;

// Fills who/when fields and bumps concurrency versions on every save, with the app's clock.
public sealed class TrackingInterceptor(TimeProvider time, IHttpContextAccessor http) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = time.GetUtcNow().UtcDateTime;
        Guid? user = Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Entity is ITracked tracked)
            {
                if (entry.State == EntityState.Added)
                {
                    tracked.CreatedAtUtc = now;
                    tracked.CreatedByUserId ??= user;
                }
                tracked.UpdatedAtUtc = now;
                tracked.UpdatedByUserId = user ?? tracked.UpdatedByUserId;
            }
            if (entry.Entity is IVersioned versioned) versioned.Version = Guid.NewGuid();
        }
    }
}
