using System.Threading.RateLimiting;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseRegister.Web.Accounts;

public static class AccountSetup
{
    public const string AuthRateLimit = "auth";

    // Between a correct password and the second factor: knows only the user id, expires fast.
    public const string PendingScheme = "CaseRegister.Pending";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CaseRegisterDbContext>()
            .AddSignInManager<SessionSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        // OWASP (2023) guidance for PBKDF2-HMAC-SHA512, the algorithm of Identity's V3 hash format.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-CaseRegister";
            Harden(options);
            options.ExpireTimeSpan = SessionRules.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            // A page the role may not see answers 403 with the friendly status page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = SessionRules.ValidateAsync;
        });
        services.AddAuthentication().AddCookie(PendingScheme, options =>
        {
            options.Cookie.Name = "__Host-CaseRegister-Pending";
            Harden(options);
            options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            options.SlidingExpiration = false;
            options.LoginPath = "/Account/Login";
        });
        // Identity's own two-factor and external cookies are not used; harden them anyway.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => { o.Cookie.Name = "__Host-CaseRegister-2fa"; Harden(o); });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => { o.Cookie.Name = "__Host-CaseRegister-2fa-remember"; Harden(o); });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => { o.Cookie.Name = "__Host-CaseRegister-External"; Harden(o); });
        // Sessions are checked on every request (SessionRules); the security stamp adds nothing.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-CaseRegister-Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only posts count (a page view is no guess); per client address. Brute force on one
            // account is stopped by the lockout; this stops spraying many accounts.
            options.AddPolicy(AuthRateLimit, context => HttpMethods.IsGet(context.Request.Method) ? RateLimitPartition.GetNoLimiter("get") : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:AuthRequestsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddAuthorization(options =>
        {
            foreach (var role in Roles.All) options.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(role));
            options.AddPolicy(AccessPolicies.Analyses, p => p.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.SteeringGroup));
            options.AddPolicy(AccessPolicies.CaseWork, p => p.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Interviewer));
            options.AddPolicy(AccessPolicies.Invitations, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Coordinator));
            options.AddPolicy(AccessPolicies.Audit, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Coordinator));
            options.AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser());
            // Deny by default: a page that no convention covers is unreachable for everyone.
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build();
        });

        services.AddScoped<Invitations>();
        services.AddScoped<Authenticator>();
        return services;
    }

    private static void Harden(CookieAuthenticationOptions options)
    {
        // Redirects stay relative: the scheme the app sees (see TransportSecurity) need not be
        // the one the browser used.
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.Redirect(Relative(context.RedirectUri));
            return Task.CompletedTask;
        };
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
    }

    private static string Relative(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : uri;

    public static void UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
    }

    public static async Task EnsureRolesAsync(IServiceProvider services, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
        }
    }
}
