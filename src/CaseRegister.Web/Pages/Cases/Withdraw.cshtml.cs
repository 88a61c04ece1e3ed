using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Cases;

// Withdrawal or a minor's objection, with the three scopes of SPEC §2.4. Takes effect at once.
public class WithdrawModel(CaseAccess access, Withdrawals withdrawals, TimeProvider time, IStringLocalizer<Localization.SharedResource> l) : PageModel
{
    public CaseRef Case { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de datum van de terugtrekking in.")] public DateOnly? WithdrawnOn { get; set; }
        public WithdrawnBy WithdrawnBy { get; set; } = WithdrawnBy.Youth;
        [Required(ErrorMessage = "Kies wat er met de gegevens gebeurt.")] public WithdrawalScope? Scope { get; set; }
        public bool IsObjection { get; set; }
        [StringLength(1000, ErrorMessage = "De toelichting is te lang (maximaal 1.000 tekens).")] public string? Reason { get; set; }
        public bool ConfirmErase { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return NotFound();
        Case = found;
        Input.WithdrawnOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return NotFound();
        Case = found;
        if (found.Status is not (CaseStatus.Enrolled or CaseStatus.Active)) ModelState.AddModelError(string.Empty, l["Deze casus loopt niet meer; er valt niets terug te trekken."]);
        if (Input.WithdrawnOn > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) ModelState.AddModelError("Input.WithdrawnOn", l["De datum van de terugtrekking ligt in de toekomst."]);
        if (Input.Scope is WithdrawalScope.EraseEverything or WithdrawalScope.EraseIdentity && !Input.ConfirmErase)
            ModelState.AddModelError("Input.ConfirmErase", l["Bevestig dat u begrijpt dat het wissen niet ongedaan kan worden gemaakt."]);
        if (!ModelState.IsValid) return Page();

        await withdrawals.WithdrawAsync(id, new WithdrawalRequest(Input.WithdrawnOn!.Value, Input.WithdrawnBy, Input.Scope!.Value, Input.IsObjection, Input.Reason), CaseAccess.UserId(User));
        if (Input.Scope == WithdrawalScope.EraseEverything)
        {
            TempData["Message"] = l["Casus {0} is volledig gewist.", found.ResearchCode].Value;
            return RedirectToPage("/Cases/Index");
        }
        TempData["Message"] = l["De terugtrekking van {0} is vastgelegd. Openstaande taken zijn geannuleerd.", found.ResearchCode].Value;
        return RedirectToPage("/Cases/Details", new { id });
    }
}
