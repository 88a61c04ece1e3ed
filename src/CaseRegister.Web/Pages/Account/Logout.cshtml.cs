using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseRegister.Web.Pages.Account;

public class LogoutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true) await audit.WriteAsync(new AuditEvent("logout"));
        await signIn.SignOutAsync();
        await HttpContext.SignOutAsync(AccountSetup.PendingScheme);
        return RedirectToPage();
    }
}
