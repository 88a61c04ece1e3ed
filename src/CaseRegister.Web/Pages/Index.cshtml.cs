using System.Security.Claims;
using CaseRegister.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages;

public class IndexModel(IStringLocalizer<Localization.SharedResource> l) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string RoleNames { get; private set; } = "";

    public void OnGet()
    {
        DisplayName = User.FindFirstValue(SessionSignInManager.DisplayNameClaim) ?? User.Identity?.Name ?? "";
        RoleNames = string.Join(", ", Roles.All.Where(User.IsInRole).Select(r => l[RoleLabels.Of(r)].Value));
    }
}
