using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseRegister.Web.Security;

// Duplicate detection without querying encrypted columns: an HMAC over the normalised surname and
// date of birth, truncated on purpose so that one value matches a few cases. The index alone
// cannot confirm a person; candidates are decrypted and compared.
public sealed class BlindIndex(byte[] secret)
{
    // 16 bits: at national scale (20,000 cases) a lookup returns a handful of candidates.
    private const int Bits = 16;

    public int Compute(string surname, DateOnly dateOfBirth)
    {
        var text = Normalise(surname) + "|" + dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text));
        return ((mac[0] << 8) | mac[1]) & ((1 << Bits) - 1);
    }

    public static string Normalise(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
