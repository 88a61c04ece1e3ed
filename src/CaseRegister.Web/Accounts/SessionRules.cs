using System.Security.Claims;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Accounts;

// Sessions live on the server: the cookie only names a session row. Idle and absolute limits,
// logout and account disabling are enforced here on every request.
public static class SessionRules
{
    public const string SessionClaim = "caseregister:sid";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(8);

    // Writing LastSeen on every request would make every page view a database write.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (!Guid.TryParse(context.Principal?.FindFirstValue(SessionClaim), out var sessionId))
        {
            await RejectAsync(context);
            return;
        }
        var db = services.GetRequiredService<CaseRegisterDbContext>();
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == sessionId);
        var user = session is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == session.UserId);
        if (session is null || user is null || !IsLive(session, user, now))
        {
            await RejectAsync(context);
            return;
        }
        if (now - session.LastSeenAtUtc > TouchInterval)
        {
            session.LastSeenAtUtc = now;
            await db.SaveChangesAsync();
        }
    }

    public static bool IsLive(UserSession session, AppUser user, DateTime now) =>
        session.RevokedAtUtc is null
        && !user.IsDisabled
        && now - session.LastSeenAtUtc < IdleTimeout
        && now - session.CreatedAtUtc < AbsoluteTimeout;

    public static async Task RevokeAllAsync(CaseRegisterDbContext db, Guid userId, DateTime now)
    {
        await db.UserSessions.Where(s => s.UserId == userId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAtUtc, now));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

// Every full sign-in opens a server-side session and puts its id in the cookie.
public sealed class SessionSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    CaseRegisterDbContext db,
    TimeProvider time)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string DisplayNameClaim = "display_name";

    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, CreatedAtUtc = now, LastSeenAtUtc = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Where(c => c.Type != DisplayNameClaim)
            .Append(new Claim(SessionRules.SessionClaim, session.Id.ToString()))
            .Append(new Claim(DisplayNameClaim, user.DisplayName)));
    }

    public override async Task SignOutAsync()
    {
        if (Guid.TryParse(Context.User.FindFirstValue(SessionRules.SessionClaim), out var sessionId))
        {
            await db.UserSessions.Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAtUtc, time.GetUtcNow().UtcDateTime));
        }
        await base.SignOutAsync();
    }
}
