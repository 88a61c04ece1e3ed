using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;

namespace CaseRegister.Tests.AnalysisPack;

// Posting a form with repeated fields (several checked boxes of one name), which the shared
// browser's dictionary cannot express: the antiforgery token is taken from the page as usual.
public static class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(TestBrowser browser, string page, IEnumerable<(string Name, string Value)> fields)
    {
        var document = await browser.PageAsync(page);
        var form = document.Forms.First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)
            && f.Elements.OfType<IHtmlInputElement>().Any(i => i.Name == "__RequestVerificationToken")
            && !f.Action.Contains("/Language", StringComparison.Ordinal) && !f.Action.Contains("/Account/Logout", StringComparison.Ordinal));
        var token = form.Elements.OfType<IHtmlInputElement>().First(i => i.Name == "__RequestVerificationToken").Value;
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await browser.Client.PostAsync(page, new FormUrlEncodedContent(values));
    }

    public static IEnumerable<(string, string)> Pack(string format = "csv", bool semicolon = false, IEnumerable<string>? cohorts = null, IEnumerable<string>? waves = null)
    {
        foreach (var cohort in cohorts ?? ["2025", "2026"]) yield return ("Input.Cohorts", cohort);
        foreach (var wave in waves ?? ["T0", "T6", "T12", "T18"]) yield return ("Input.Waves", wave);
        yield return ("Input.Format", format);
        if (semicolon) yield return ("Input.Semicolon", "true");
    }
}
