using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseRegister.Web.Pages;

[IgnoreAntiforgeryToken]
public class StatusCodeModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // No handler parameters: this page is re-executed for a refused request (413 for an oversized
    // upload among them), and binding any parameter makes MVC read the form first, which would read
    // and buffer the very body the size limit refused. The code is taken from the route as is.
    public void OnGet() => Describe(Code);

    public void OnPost() => Describe(Code);

    private int Code => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina met uw rol."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet of is voor u niet beschikbaar."),
            413 => ("Het bestand is te groot", "Het verzonden bestand is groter dan toegestaan (een scan mag maximaal 10 MB zijn). Er is niets opgeslagen. Ga terug, verklein het bestand en probeer het opnieuw."),
            429 => ("Te veel pogingen", "U heeft te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het opnieuw."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Ververs de pagina en probeer het opnieuw."),
            _ => ("Er ging iets mis", "Uw verzoek kon niet worden afgerond."),
        };
    }
}
