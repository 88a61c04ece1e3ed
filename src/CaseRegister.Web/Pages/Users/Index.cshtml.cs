using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Users;

public class IndexModel(Invitations invitations, CaseRegisterDbContext db, Mailer mailer, TimeProvider time, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> InvitableRoles { get; private set; } = [];
    public IReadOnlyList<Invitation> Sent { get; private set; } = [];
    public DateTime Now { get; private set; }
    public string? NewLink { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Kies een rol.")]
        public string Role { get; set; } = "";
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        // The role list on the form is a convenience; the server decides what this user may grant.
        if (!InvitableRoles.Contains(Input.Role)) ModelState.AddModelError("Input.Role", "U kunt deze rol niet toekennen.");
        if (!ModelState.IsValid) return Page();

        var token = await invitations.CreateAsync(Input.Email, Input.Role, Guid.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value));
        NewLink = (configuration["App:PublicUrl"] ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/') + Invitations.Path(token);
        await mailer.SendAsync(Input.Email, "Uitnodiging voor CaseRegister",
            $"U bent uitgenodigd voor CaseRegister. Maak binnen 72 uur uw account aan via deze link (één keer te gebruiken):\n\n{NewLink}\n\nHeeft u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.");
        ModelState.Clear();
        Input = new();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Now = time.GetUtcNow().UtcDateTime;
        InvitableRoles = Invitations.InvitableBy(Roles.All.Where(User.IsInRole));
        var isAdmin = User.IsInRole(Roles.Admin);
        var me = Guid.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
        Sent = await db.Invitations.AsNoTracking()
            .Where(i => !i.IsFirstRunSetup && (isAdmin || i.CreatedByUserId == me))
            .OrderByDescending(i => i.CreatedAtUtc).Take(100).ToListAsync();
    }
}
