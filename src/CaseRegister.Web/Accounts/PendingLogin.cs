using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CaseRegister.Web.Accounts;

// The user between a correct password (or an accepted invitation) and the second factor.
public static class PendingLogin
{
    public static async Task<AppUser?> FindAsync(HttpContext context, UserManager<AppUser> users, string stage)
    {
        var result = await context.AuthenticateAsync(AccountSetup.PendingScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(Pages.Account.LoginModel.StageClaim) != stage) return null;
        var user = await users.FindByIdAsync(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        return user is null || user.IsDisabled || await users.IsLockedOutAsync(user) ? null : user;
    }

    public static async Task CompleteAsync(HttpContext context, SignInManager<AppUser> signIn, AppUser user)
    {
        await context.SignOutAsync(AccountSetup.PendingScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
    }
}
