using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Audit;

public sealed record AuditEvent(string Action, AuditOutcome Outcome = AuditOutcome.Success)
{
    public string? ResearchCode { get; init; }
    public string? Target { get; init; }
    public string? Details { get; init; }
    public Guid? ActorUserId { get; init; }
    public string? ActorName { get; init; }
    public string? OnBehalfOf { get; init; }
    public string? ClientAddress { get; init; }
}

// The one writer of the audit log. Each entry's hash is HMAC(K_audit, previous hash || canonical
// entry), so removing, reordering or altering an entry breaks every later link.
public sealed class AuditLog(IDbContextFactory<CaseRegisterDbContext> contexts, StudySecrets secrets, TimeProvider time, IHttpContextAccessor http)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    // Within one process entries are chained one at a time; across instances (PostgreSQL) the
    // primary key on the sequence rejects a concurrent duplicate and the write is retried.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task WriteAsync(AuditEvent e, CancellationToken ct = default)
    {
        e = WithRequestContext(e);
        await Gate.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                    .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
                var entry = new AuditEntry
                {
                    Sequence = (last?.Sequence ?? 0) + 1,
                    OccurredAtUtc = Truncate(time.GetUtcNow().UtcDateTime),
                    ActorUserId = e.ActorUserId,
                    ActorName = Clean(e.ActorName, 256),
                    OnBehalfOf = Clean(e.OnBehalfOf, 256),
                    Action = e.Action,
                    Outcome = e.Outcome,
                    ResearchCode = Clean(e.ResearchCode, 40),
                    Target = Clean(e.Target, 200),
                    Details = Clean(e.Details, 1000),
                    ClientAddress = Clean(e.ClientAddress, 64),
                    PreviousHash = last?.Hash ?? GenesisHash,
                    Hash = "",
                };
                entry.Hash = ComputeHash(secrets.AuditChainKey, entry);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    // Another instance took this sequence number; chain onto its entry instead.
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private AuditEvent WithRequestContext(AuditEvent e)
    {
        var context = http.HttpContext;
        if (context is null) return e;
        var user = context.User;
        return e with
        {
            ActorUserId = e.ActorUserId ?? (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null),
            ActorName = e.ActorName ?? user.Identity?.Name,
            ClientAddress = e.ClientAddress ?? context.Connection.RemoteIpAddress?.ToString(),
        };
    }

    // Stored precision differs per database; the chain hashes what is stored.
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    // Log lines must not be forged through CR/LF or control characters in user input.
    private static string? Clean(string? value, int max)
    {
        if (value is null) return null;
        var builder = new StringBuilder(Math.Min(value.Length, max));
        foreach (var c in value)
        {
            if (builder.Length == max) break;
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }

    internal static string ComputeHash(byte[] key, AuditEntry entry)
    {
        var canonical = string.Join('\u001f',
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            entry.ActorUserId?.ToString("D") ?? "",
            entry.ActorName ?? "",
            entry.OnBehalfOf ?? "",
            entry.Action,
            entry.Outcome.ToString(),
            entry.ResearchCode ?? "",
            entry.Target ?? "",
            entry.Details ?? "",
            entry.ClientAddress ?? "");
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(entry.PreviousHash + "\u001e" + canonical));
        return Convert.ToHexStringLower(mac);
    }
}

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

public sealed class AuditVerifier(CaseRegisterDbContext db, StudySecrets secrets)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var key = secrets.AuditChainKey;
        var expectedSequence = 1L;
        var previousHash = AuditLog.GenesisHash;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expectedSequence)
                return new(checkedCount, expectedSequence, $"entry {expectedSequence} is missing (next present entry is {entry.Sequence})");
            if (entry.PreviousHash != previousHash)
                return new(checkedCount, entry.Sequence, "its link to the previous entry does not match");
            if (AuditLog.ComputeHash(key, entry) != entry.Hash)
                return new(checkedCount, entry.Sequence, "its content does not match its hash (altered)");
            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }
        return new(checkedCount, null, null);
    }
}
