using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseRegister.Web.Pages;

public class LanguageModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == Cultures.English.Name ? Cultures.English : Cultures.Dutch;
        Response.Cookies.Append(Cultures.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
