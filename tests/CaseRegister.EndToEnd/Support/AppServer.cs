using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CaseRegister.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.EndToEnd.Support;

// The real app on Kestrel at https://127.0.0.1:<free port>, in this process, with its own temp data
// folder (fresh SQLite database, key rings, mail pickup) that is deleted afterwards.
//
// HTTPS, with a throwaway self-signed certificate the browser contexts are told to accept: the app
// is built for HTTPS only (its antiforgery cookie has SecurePolicy=Always, and antiforgery then
// refuses to render any form on a plain-HTTP request), and its cookies are __Host-/Secure.
//
// In-process (WebApplicationFactory.UseKestrel, new in .NET 10) rather than a child `dotnet
// CaseRegister.Web.dll`: the browser still talks to a real socket, but tests can also reach the
// app's services to seed data for later journeys, start-up failures surface as exceptions with a
// stack trace, and there is no process to leak when a test run is killed.
public sealed class AppServer : IAsyncDisposable
{
    private readonly Factory _factory;

    private AppServer(Factory factory, string dataFolder, Uri baseAddress)
    {
        _factory = factory;
        DataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public ServerClock Clock => _factory.Clock;
    public IServiceProvider Services => _factory.Services;

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    // Settings are the app's own configuration keys, as on its command line.
    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "caseregister-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        // The port is chosen before start because the app's public URL (used in invitation links)
        // must name it. Another process may take a just-freed port: try again on a new one.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var baseAddress = new Uri($"https://127.0.0.1:{port}/");
            var values = new Dictionary<string, string?>
            {
                ["Storage:DataFolder"] = dataFolder,
                ["App:PublicUrl"] = baseAddress.ToString().TrimEnd('/'),
                // Two people signing up and in from one address within a minute is exactly what a
                // journey does; the limiter itself is covered by the integration tests.
                ["Security:AuthRequestsPerMinute"] = "1000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            if (settings is not null) foreach (var (key, value) in settings) values[key] = value;
            var factory = new Factory(values);
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(TestCertificate.Value)));
            try
            {
                await Task.Run(factory.StartServer);
                var actual = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
                Assert.Contains(actual, a => a.TrimEnd('/') == baseAddress.ToString().TrimEnd('/'));
                return new AppServer(factory, dataFolder, baseAddress);
            }
            catch (IOException) when (attempt < 3)
            {
                await factory.DisposeAsync();
            }
            catch
            {
                await factory.DisposeAsync();
                DeleteFolder(dataFolder);
                throw;
            }
        }
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    // The one-time link that creates the first administrator, as the app prints it on a start
    // without accounts (the app's own start-up link goes to the console, not to the test).
    public Task<string> CreateFirstRunLinkAsync() => WithScopeAsync(async sp =>
        Url(Invitations.Path(await sp.GetRequiredService<Invitations>().CreateAsync("beheerder@localhost", Roles.Admin, invitedBy: null, firstRunSetup: true))));

    // An invitation as an administrator would send it, for journeys that do not test /Users.
    public Task<string> CreateInvitationLinkAsync(string email, string role) => WithScopeAsync(async sp =>
        Url(Invitations.Path(await sp.GetRequiredService<Invitations>().CreateAsync(email, role, invitedBy: null))));

    // A ready account (password set, authenticator enrolled) for journeys that start after sign-up.
    public Task<TestAccount> CreateAccountAsync(string role, string? email = null, string? displayName = null) => WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        displayName ??= $"Test {role}";
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            CreatedAtUtc = Clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, TestAccount.DefaultPassword));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new TestAccount(email, TestAccount.DefaultPassword, displayName, role, (await users.GetAuthenticatorKeyAsync(user))!);
    });

    public Task<bool> AccountExistsAsync(string email) => WithScopeAsync(async sp =>
        await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) is not null);

    // A code the server will accept now. The app takes each time step once, so when this user's
    // last accepted step is the current one, wait for the next step (at most 30 s, usually less)
    // as a person would wait for their app to show a new code.
    public async Task<string> FreshCodeAsync(TestAccount account)
    {
        var lastAccepted = await WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(account.Email))?.LastTotpTimeStep);
        var secret = Base32.Decode(account.AuthenticatorKey);
        while (true)
        {
            var now = Clock.GetUtcNow();
            var step = now.ToUnixTimeSeconds() / 30;
            if (lastAccepted is null || step > lastAccepted) return Authenticator.Code(secret, step);
            var nextStepStarts = DateTimeOffset.FromUnixTimeSeconds((lastAccepted.Value + 1) * 30);
            await Task.Delay(nextStepStarts - now + TimeSpan.FromMilliseconds(100));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        DeleteFolder(DataFolder);
    }

    // One certificate per test run, for 127.0.0.1 and localhost, valid for a day.
    private static readonly Lazy<X509Certificate2> TestCertificate = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=CaseRegister end-to-end tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // A round trip through PKCS#12 gives a key that TLS can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS temp cleaner takes what is left.
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        public ServerClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // As deployed: production error pages, HSTS, no developer extras.
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
