using System.Globalization;
using System.Security.Cryptography;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Identity;

namespace CaseRegister.Web.Accounts;

// TOTP (RFC 6238, SHA-1, 6 digits, 30 s) checked by hand instead of through Identity's token
// provider, because Identity accepts the same code again within its window. Here a code is
// accepted only for a time step later than the last accepted one.
public sealed class Authenticator(UserManager<AppUser> users, TimeProvider time, AuditLog audit)
{
    public const string Issuer = "CaseRegister";

    public async Task<bool> VerifyAsync(AppUser user, string code)
    {
        code = new string(code.Where(char.IsDigit).ToArray());
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (code.Length != 6 || string.IsNullOrEmpty(key)) return await FailAsync(user);
        var secret = Base32.Decode(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(code))) continue;
            if (user.LastTotpTimeStep is { } last && step <= last)
            {
                await audit.WriteAsync(new AuditEvent("login.totp-reused", AuditOutcome.Denied) { ActorUserId = user.Id, ActorName = user.UserName });
                return await FailAsync(user);
            }
            user.LastTotpTimeStep = step;
            // UpdateAsync checks the concurrency stamp: two simultaneous uses of one code cannot both win.
            var result = await users.UpdateAsync(user);
            return result.Succeeded;
        }
        return await FailAsync(user);
    }

    public static string Code(byte[] secret, long timeStep)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private async Task<bool> FailAsync(AppUser user)
    {
        // A wrong second factor counts towards the same lockout as a wrong password.
        await users.AccessFailedAsync(user);
        return false;
    }
}

public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string input)
    {
        var clean = input.Trim().TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException("Not a base32 string.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. output];
    }
}
