using System.Security.Claims;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Jobs;

// The in-app messages a user sees: those addressed to them and those addressed to one of their
// roles. A role message is one row for the whole role, so one member reading it marks it read for
// all of them (it is an alert about the system, not personal mail).
public sealed class NotificationCounter(CaseRegisterDbContext db)
{
    public IQueryable<Notification> For(ClaimsPrincipal user)
    {
        var id = Cases.CaseAccess.UserId(user);
        var roles = Roles.All.Where(user.IsInRole).ToList();
        return db.Notifications.Where(n => (id != null && n.UserId == id) || (n.Role != null && roles.Contains(n.Role)));
    }

    public Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? For(user).CountAsync(n => n.ReadAtUtc == null) : Task.FromResult(0);
}
