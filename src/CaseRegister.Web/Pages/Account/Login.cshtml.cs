using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseRegister.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.AuthRateLimit)]
public class LoginModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public const string StageClaim = "stage";
    public const string StageChallenge = "challenge";
    public const string StageEnrol = "enrol";

    // Verifying against a fixed hash for unknown accounts keeps the response time the same, so the
    // login form does not reveal which e-mail addresses have an account.
    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "not-a-real-password-0");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(256)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, Input.Password);
            return await FailAsync("login.failed", null, "E-mailadres of wachtwoord klopt niet.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return await FailAsync("login.lockout", user, "Uw account is na te veel mislukte pogingen tijdelijk geblokkeerd. Probeer het over 15 minuten opnieuw.");
        if (!result.Succeeded)
            return await FailAsync("login.failed", user, "E-mailadres of wachtwoord klopt niet.");
        if (user.IsDisabled)
            return await FailAsync("login.disabled", user, "Dit account is uitgeschakeld. Neem contact op met de beheerder.");

        await SignInPendingAsync(HttpContext, user, user.TwoFactorEnabled ? StageChallenge : StageEnrol);
        var next = user.TwoFactorEnabled ? "/Account/TwoFactor" : "/Account/Enrol";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? $"{next}?returnUrl={Uri.EscapeDataString(ReturnUrl!)}" : next);
    }

    public static Task SignInPendingAsync(HttpContext context, AppUser user, string stage) =>
        context.SignInAsync(AccountSetup.PendingScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(StageClaim, stage)], AccountSetup.PendingScheme)));

    private async Task<IActionResult> FailAsync(string action, AppUser? user, string message)
    {
        await audit.WriteAsync(new AuditEvent(action, AuditOutcome.Denied) { ActorUserId = user?.Id, ActorName = user?.UserName ?? "(onbekend account)" });
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}
