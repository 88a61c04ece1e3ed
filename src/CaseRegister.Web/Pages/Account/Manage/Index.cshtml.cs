using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseRegister.Web.Pages.Account.Manage;

public class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, CaseRegisterDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
        [StringLength(256)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "Het wachtwoord moet minstens 12 tekens lang zijn.")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        public string Confirm { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }
        // Other sessions (another browser, a copied cookie) end with the old password.
        await SessionRules.RevokeAllAsync(db, user.Id, time.GetUtcNow().UtcDateTime);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(new AuditEvent("user.password-change") { Target = $"user:{user.Id}" });
        TempData["Message"] = "Uw wachtwoord is gewijzigd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        ModelState.Clear();
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await audit.WriteAsync(new AuditEvent("2fa.recovery-codes") { Target = $"user:{user.Id}" });
        return Page();
    }
}
