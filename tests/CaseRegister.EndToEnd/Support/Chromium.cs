using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Support;

// Debian's Chromium, driven by Playwright. Browsers cannot be downloaded here, so there is no
// `playwright install`: the executable comes from CASEREGISTER_CHROMIUM or /usr/bin/chromium, and a
// missing one fails the run instead of skipping the browser tests.
public static class Chromium
{
    public const string EnvironmentVariable = "CASEREGISTER_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"Chromium not found at '{path}'. Install Debian's package (`apt-get install chromium`, as ./test.sh does) " +
                $"or point {EnvironmentVariable} at a Chromium executable. The browser tests do not download browsers.");
        return path;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = ExecutablePath();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Arguments,
                Timeout = 30_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
