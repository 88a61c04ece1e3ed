using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CaseRegister.Tests.Support;

// Drives the Razor pages like a browser without JavaScript: keeps cookies, reads the form's
// antiforgery token and posts the fields a person would fill in.
public sealed class TestBrowser(HttpClient client, System.Net.CookieContainer cookies) : IDisposable
{
    public System.Net.CookieContainer Cookies => cookies;

    public string CookieHeader() => cookies.GetCookieHeader(new Uri("https://localhost"));

    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    public async Task<IHtmlDocument> PageAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    // GETs the page, takes the antiforgery token from the form that posts to the given handler
    // (or the first form with a token) and posts the given fields with it.
    public async Task<HttpResponseMessage> SubmitAsync(string page, Dictionary<string, string> fields, string? handler = null, string? getPath = null)
    {
        var document = await PageAsync(getPath ?? page);
        var forms = document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.Elements.OfType<IHtmlInputElement>().Any(i => i.Name == "__RequestVerificationToken"));
        bool IsLayoutForm(AngleSharp.Html.Dom.IHtmlFormElement f) =>
            f.Action.Contains("/Language", StringComparison.Ordinal) || f.Action.Contains("/Account/Logout", StringComparison.Ordinal);
        var form = handler is null
            ? forms.FirstOrDefault(f => f.GetAttribute("action") == page)
              ?? forms.FirstOrDefault(f => !IsLayoutForm(f) && !(f.GetAttribute("action") ?? "").Contains("handler=", StringComparison.OrdinalIgnoreCase))
              ?? forms.First()
            : forms.First(f => (f.GetAttribute("action") ?? "").Split('?', '&').Contains($"handler={handler}", StringComparer.OrdinalIgnoreCase));
        var token = form.Elements.OfType<IHtmlInputElement>().First(i => i.Name == "__RequestVerificationToken").Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        // Hidden fields the page put in the form travel along unless the test overrides them.
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && i.Name is not null && !values.ContainsKey(i.Name!)))
            values[hidden.Name!] = hidden.Value;
        // Post where the form posts (its action carries route values and the handler), as a browser would.
        var action = form.GetAttribute("action");
        var target = !string.IsNullOrEmpty(action) ? action : handler is null ? page : $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await PostAsync(target, values);
    }

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> values) =>
        Client.PostAsync(path, new FormUrlEncodedContent(values));

    public void Dispose() => Client.Dispose();
}
