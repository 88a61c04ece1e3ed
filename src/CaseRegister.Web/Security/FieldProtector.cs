using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CaseRegister.Web.Security;

// Encrypts and decrypts single field values with the field key ring (not the cookie ring).
public sealed class FieldProtector(IDataProtectionProvider provider)
{
    private const string PurposeRoot = "CaseRegister.Fields.v1";

    private readonly Dictionary<FieldFamily, IDataProtector> _protectors =
        Enum.GetValues<FieldFamily>().ToDictionary(f => f, f => provider.CreateProtector(PurposeRoot, f.ToString()));

    public string Protect(FieldFamily family, string plaintext) => _protectors[family].Protect(plaintext);

    public string Unprotect(FieldFamily family, string ciphertext)
    {
        try
        {
            return _protectors[family].Unprotect(ciphertext);
        }
        catch (CryptographicException ex)
        {
            throw new FieldDecryptionException(family, ex);
        }
    }

    public byte[] Protect(FieldFamily family, byte[] plaintext) => _protectors[family].Protect(plaintext);

    public byte[] Unprotect(FieldFamily family, byte[] ciphertext)
    {
        try
        {
            return _protectors[family].Unprotect(ciphertext);
        }
        catch (CryptographicException ex)
        {
            throw new FieldDecryptionException(family, ex);
        }
    }
}

public sealed class FieldDecryptionException(FieldFamily family, Exception inner)
    : Exception($"An encrypted {family} field could not be decrypted with the field key ring.", inner);
