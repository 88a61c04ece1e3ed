using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseRegister.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.AuthRateLimit)]
public class AcceptModel(Invitations invitations, UserManager<AppUser> users, CaseRegisterDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw naam in.")]
        [StringLength(200, ErrorMessage = "De naam is te lang (maximaal 200 tekens).")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "Het wachtwoord moet minstens 12 tekens lang zijn.")]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task OnGetAsync()
    {
        Invitation = await invitations.FindOpenAsync(Token);
        if (Invitation is { IsFirstRunSetup: false }) Input.Email = Invitation.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Invitation = await invitations.FindOpenAsync(Token);
        if (Invitation is null) return Page();
        // An invitation is for the address it was sent to; only the first-run link lets the
        // first administrator choose theirs.
        if (!Invitation.IsFirstRunSetup)
        {
            Input.Email = Invitation.Email;
            ModelState.Remove("Input.Email");
        }
        if (!ModelState.IsValid) return Page();

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, Invitation.Role);
        Invitation.UsedAtUtc = time.GetUtcNow().UtcDateTime;
        Invitation.UserId = user.Id;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await audit.WriteAsync(new AuditEvent("user.create") { ActorUserId = user.Id, ActorName = user.UserName, Target = $"invitation:{Invitation.Id}", Details = $"role={Invitation.Role}" });
        await LoginModel.SignInPendingAsync(HttpContext, user, LoginModel.StageEnrol);
        return RedirectToPage("/Account/Enrol");
    }
}
