using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CaseRegister.Web.Security;

// The field key ring: its own DataProtection system, separate from the ring that protects
// cookies, with automatic key generation switched off. Keys appear only through Initialise or
// Rotate (the `keys init|rotate` commands, or the first run on an empty database), so an empty or
// lost key folder can never be papered over with a fresh ring.
public sealed class FieldKeyRing
{
    public const string ApplicationName = "CaseRegister.FieldEncryption";

    // Keys are never deleted; a long lifetime keeps old data readable, and `keys rotate` moves
    // new writes to a fresh key whenever the operators decide.
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(5 * 365);

    // Every app instance rereads the key folder at least once a day (DataProtection's key ring
    // cache). A rotated key only starts encrypting after that, so that no instance meets a value
    // written with a key it has not loaded yet (SPEC §5 scale-out: no decryption errors).
    public static readonly TimeSpan PropagationWindow = TimeSpan.FromDays(2);

    private readonly IKeyManager _keyManager;

    // Key dates follow DataProtection's own clock (the system clock), never a test or app clock.
    private readonly TimeProvider _time = TimeProvider.System;

    public FieldKeyRing(EncryptionOptions options)
    {
        Folder = new DirectoryInfo(options.KeysFolder);
        var services = new ServiceCollection();
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(Folder)
            .DisableAutomaticKeyGeneration();
        if (!string.IsNullOrEmpty(options.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            IsProtectedAtRest = true;
        }
        var provider = services.BuildServiceProvider();
        _keyManager = provider.GetRequiredService<IKeyManager>();
        Protector = new FieldProtector(provider.GetRequiredService<IDataProtectionProvider>());
    }

    public DirectoryInfo Folder { get; }

    public bool IsProtectedAtRest { get; }

    public FieldProtector Protector { get; }

    public IReadOnlyCollection<IKey> Keys => _keyManager.GetAllKeys();

    public bool IsEmpty => Keys.Count == 0;

    public IKey? DefaultKey
    {
        get
        {
            var now = _time.GetUtcNow();
            return Keys.Where(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now)
                .OrderByDescending(k => k.ActivationDate).FirstOrDefault();
        }
    }

    // The first key is active at once; a rotated key after the propagation window, while the
    // current key keeps encrypting until then.
    public IKey CreateKey()
    {
        Folder.Create();
        var now = _time.GetUtcNow();
        var activation = DefaultKey is null ? now.AddMinutes(-1) : now.Add(PropagationWindow);
        return _keyManager.CreateNewKey(activation, activation.Add(KeyLifetime));
    }
}

public sealed class EncryptionOptions
{
    public string KeysFolder { get; set; } = "";
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
}
