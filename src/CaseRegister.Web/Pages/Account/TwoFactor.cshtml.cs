using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseRegister.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.AuthRateLimit)]
public class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Authenticator authenticator, AuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code in.")]
        [StringLength(40)]
        public string Code { get; set; } = "";

        public bool IsRecoveryCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingLogin.FindAsync(HttpContext, users, LoginModel.StageChallenge) is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await PendingLogin.FindAsync(HttpContext, users, LoginModel.StageChallenge);
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();

        var ok = Input.IsRecoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, Input.Code.Replace(" ", "", StringComparison.Ordinal))).Succeeded
            : await authenticator.VerifyAsync(user, Input.Code);
        if (!ok)
        {
            if (Input.IsRecoveryCode) await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await audit.WriteAsync(new AuditEvent(locked ? "login.lockout" : "login.2fa-failed", AuditOutcome.Denied) { ActorUserId = user.Id, ActorName = user.UserName });
            ModelState.AddModelError(string.Empty, locked
                ? "Uw account is na te veel mislukte pogingen tijdelijk geblokkeerd. Probeer het over 15 minuten opnieuw."
                : "De code klopt niet of is al gebruikt. Wacht op de volgende code in uw app.");
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await PendingLogin.CompleteAsync(HttpContext, signIn, user);
        await audit.WriteAsync(new AuditEvent(Input.IsRecoveryCode ? "login.recovery-code" : "login") { ActorUserId = user.Id, ActorName = user.UserName });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
