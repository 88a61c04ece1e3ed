using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;

namespace CaseRegister.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.AuthRateLimit)]
public class EnrolModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Authenticator authenticator, AuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string QrCodeDataUri { get; private set; } = "";
    public string FormattedKey { get; private set; } = "";
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code uit de app in.")]
        [StringLength(10)]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await PendingLogin.FindAsync(HttpContext, users, LoginModel.StageEnrol);
        if (user is null) return RedirectToPage("/Account/Login");
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await PendingLogin.FindAsync(HttpContext, users, LoginModel.StageEnrol);
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid || !await authenticator.VerifyAsync(user, Input.Code))
        {
            ModelState.AddModelError(string.Empty, "De code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer de volgende code.");
            await ShowKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await audit.WriteAsync(new AuditEvent("2fa.enrol") { ActorUserId = user.Id, ActorName = user.UserName });
        await PendingLogin.CompleteAsync(HttpContext, signIn, user);
        await audit.WriteAsync(new AuditEvent("login") { ActorUserId = user.Id, ActorName = user.UserName });
        return Page();
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }
        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Authenticator.OtpAuthUri(user.Email!, key), QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
