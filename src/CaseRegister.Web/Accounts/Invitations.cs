using System.Security.Cryptography;
using System.Text;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Accounts;

public sealed class Invitations(CaseRegisterDbContext db, TimeProvider time, AuditLog audit)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    // Which roles a role may invite (SPEC §1): the coordinator only brings in interviewers and
    // members of the steering group.
    public static IReadOnlyList<string> InvitableBy(IEnumerable<string> inviterRoles)
    {
        var roles = inviterRoles.ToHashSet();
        if (roles.Contains(Roles.Admin)) return Roles.All;
        if (roles.Contains(Roles.Coordinator)) return [Roles.Interviewer, Roles.SteeringGroup];
        return [];
    }

    public async Task<string> CreateAsync(string email, string role, Guid? invitedBy, bool firstRunSetup = false, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            Email = email.Trim(),
            Role = role,
            CreatedByUserId = invitedBy,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Lifetime,
            IsFirstRunSetup = firstRunSetup,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditEvent("user.invite") { Target = $"invitation:{invitation.Id}", Details = $"role={role}" }, ct);
        return token;
    }

    public async Task<Invitation?> FindOpenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash && i.UsedAtUtc == null && i.ExpiresAtUtc > now, ct);
        if (invitation is { IsFirstRunSetup: true } && await db.Users.AnyAsync(ct)) return null;
        return invitation;
    }

    public static string Path(string token) => $"/Account/Accept?token={token}";

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
