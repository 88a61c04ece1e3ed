using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Admin;

public class IndexModel(UserManager<AppUser> users, CaseRegisterDbContext db, FieldKeyRing ring, TimeProvider time, AuditLog audit) : PageModel
{
    public sealed record Account(Guid Id, string DisplayName, string? Email, bool IsDisabled, bool TwoFactorEnabled, IReadOnlyList<string> Roles);

    public IReadOnlyList<Account> Accounts { get; private set; } = [];
    public int KeyCount { get; private set; }
    public DateTime? ActiveKeyExpires { get; private set; }
    public bool KeysProtectedAtRest { get; private set; }

    public async Task OnGetAsync()
    {
        KeyCount = ring.Keys.Count;
        ActiveKeyExpires = ring.DefaultKey?.ExpirationDate.UtcDateTime;
        KeysProtectedAtRest = ring.IsProtectedAtRest;
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        Accounts = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync())
            .Select(u => new Account(u.Id, u.DisplayName, u.Email, u.IsDisabled, u.TwoFactorEnabled, roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList()))
            .ToList();
    }

    public Task<IActionResult> OnPostDisableAsync(Guid userId) => ChangeAsync(userId, "user.disable", async user =>
    {
        if (IsMe(user)) return "U kunt uw eigen account niet uitschakelen.";
        user.IsDisabled = true;
        await users.UpdateAsync(user);
        return null;
    });

    public Task<IActionResult> OnPostEnableAsync(Guid userId) => ChangeAsync(userId, "user.enable", async user =>
    {
        user.IsDisabled = false;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return null;
    });

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid userId) => ChangeAsync(userId, "2fa.reset", async user =>
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        user.LastTotpTimeStep = null;
        await users.UpdateAsync(user);
        return null;
    });

    public Task<IActionResult> OnPostRolesAsync(Guid userId, string[] roles) => ChangeAsync(userId, "user.roles", async user =>
    {
        var wanted = roles.Where(Roles.All.Contains).ToHashSet();
        if (IsMe(user) && !wanted.Contains(Roles.Admin)) return "U kunt uw eigen beheerdersrol niet intrekken.";
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        return null;
    }, details: $"roles={string.Join(',', roles.Where(Roles.All.Contains).Order())}");

    // Every change ends the account's sessions, so new roles or a disabled account take effect
    // on the next request rather than at the next login.
    private async Task<IActionResult> ChangeAsync(Guid userId, string action, Func<AppUser, Task<string?>> change, string? details = null)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return NotFound();
        var refusal = await change(user);
        if (refusal is not null)
        {
            TempData["Message"] = refusal;
            return RedirectToPage();
        }
        await SessionRules.RevokeAllAsync(db, user.Id, time.GetUtcNow().UtcDateTime);
        await audit.WriteAsync(new AuditEvent(action) { Target = $"user:{user.Id}", Details = details });
        TempData["Message"] = "De wijziging is opgeslagen.";
        return RedirectToPage();
    }

    private bool IsMe(AppUser user) => users.GetUserId(User) == user.Id.ToString();
}
