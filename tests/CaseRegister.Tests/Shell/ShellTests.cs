using System.Text.Json;
using System.Text.RegularExpressions;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Localization;

namespace CaseRegister.Tests.Shell;

public partial class ShellTests(ShellTests.Host host) : IClassFixture<ShellTests.Host>
{
    public sealed class Host : AppFactory;

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await host.Browser().GetAsync("/Account/Login");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_response_gets_a_fresh_nonce()
    {
        var browser = host.Browser();
        var first = (await browser.GetAsync("/Account/Login")).Headers.GetValues("Content-Security-Policy").Single();
        var second = (await browser.GetAsync("/Account/Login")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Health_reports_database_and_key_ring()
    {
        var response = await host.Browser().GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("keyring").GetString());
    }

    [Fact]
    public async Task An_unknown_page_gets_the_friendly_Dutch_status_page()
    {
        var response = await host.Browser().GetAsync("/Bestaat/Niet");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", body, StringComparison.Ordinal);
        Assert.Contains("lang=\"nl\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_shows_the_English_interface()
    {
        var browser = host.Browser();
        var response = await browser.SubmitAsync("/Language", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Account/Login" }, getPath: "/Account/Login");
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);

        var page = await browser.PageAsync("/Account/Login");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Log in", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        var response = await host.Browser().PostAsync("/Account/Login", new() { ["Input.Email"] = "a@example.org", ["Input.Password"] = "x" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Every text a view shows through the localizer needs an English translation.
    [Fact]
    public void Every_localised_text_in_the_views_has_an_English_translation()
    {
        var english = new TextCatalog().Language("en");
        var views = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "CaseRegister.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);
        var missing = views
            .SelectMany(file => LocalizedText().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal))))
            .Where(x => !english.ContainsKey(x.Key))
            .Select(x => $"{x.File}: \"{x.Key}\"")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "Missing in Resources/en/*.json:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex("""L\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizedText();
}
