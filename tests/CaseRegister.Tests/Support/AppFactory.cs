using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Support;

// The real app over a real database (a fresh SQLite file, or a fresh PostgreSQL database) in its
// own temp data folder, with a clock the test controls.
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings = new();

    public AppFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, IDictionary<string, string?>? settings = null)
    {
        Provider = provider;
        _settings["Storage:DataFolder"] = _folder.Path;
        _settings["Database:Provider"] = provider.ToString();
        if (provider == DatabaseProvider.Postgres) _settings["ConnectionStrings:CaseRegister"] = TestDatabases.CreatePostgresDatabase();
        _settings["Security:AuthRequestsPerMinute"] = "10000";
        _settings["App:PublicUrl"] = "https://localhost";
        if (settings is not null) foreach (var (k, v) in settings) _settings[k] = v;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public DatabaseProvider Provider { get; }
    public TestClock Clock { get; } = new();
    public string DataFolder => _folder.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    // A browser on this instance; pass another browser's cookies to carry its session over
    // (two app instances behind one load balancer).
    public TestBrowser Browser(System.Net.CookieContainer? cookies = null)
    {
        cookies ??= new System.Net.CookieContainer();
        return new TestBrowser(CreateDefaultClient(new Uri("https://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies)), cookies);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<CaseRegisterDbContext, Task> action) =>
        WithScopeAsync(async sp => { await action(sp.GetRequiredService<CaseRegisterDbContext>()); return 0; });

    public const string Password = "correct horse battery staple";

    // A ready account with an authenticator enrolled, as the invitation flow would leave it.
    public Task<TestUser> CreateUserAsync(string role, string? email = null) => WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", CreatedAtUtc = Clock.GetUtcNow().UtcDateTime, LockoutEnabled = true };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new TestUser(user.Id, email, role, (await users.GetAuthenticatorKeyAsync(user))!);
    });

    public string CurrentCode(TestUser user) =>
        Authenticator.Code(Base32.Decode(user.AuthenticatorKey), Clock.GetUtcNow().ToUnixTimeSeconds() / 30);

    // Logs in through the real pages: password, then a fresh TOTP code (the clock moves one
    // time step first, because each code is accepted once).
    public async Task<TestBrowser> LoginAsync(TestUser user)
    {
        var browser = Browser();
        var afterPassword = await browser.SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = Password });
        Assert.Equal("/Account/TwoFactor", afterPassword.Headers.Location?.OriginalString);
        Clock.Advance(TimeSpan.FromSeconds(30));
        var afterCode = await browser.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = CurrentCode(user) });
        Assert.Equal("/", afterCode.Headers.Location?.OriginalString);
        return browser;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }
}

public sealed record TestUser(Guid Id, string Email, string Role, string AuthenticatorKey);
