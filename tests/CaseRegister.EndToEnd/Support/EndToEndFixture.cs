using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Support;

// One app server (fresh database) and one Chromium per test class; each person in a test gets
// their own browser context, i.e. their own cookies, as on their own computer.
public class EndToEndFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppServer? _server;

    public AppServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Fail on a missing browser before paying for the server start.
        Chromium.ExecutablePath();
        var browser = Chromium.LaunchAsync();
        var server = AppServer.StartAsync(Settings());
        (_playwright, _browser) = await browser;
        _server = await server;
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings() => null;

    public Task<BrowserSession> NewSessionAsync(string name) => BrowserSession.OpenAsync(Browser, Server, name);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
