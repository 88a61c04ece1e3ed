namespace CaseRegister.Web.Security;

// The decrypted secrets, available once the key-ring guard has checked the ring at start-up.
public sealed class StudySecrets
{
    private byte[]? _blindIndexSecret;
    private byte[]? _auditChainKey;

    public bool IsLoaded => _auditChainKey is not null;

    public byte[] AuditChainKey => _auditChainKey ?? throw NotLoaded();

    public BlindIndex BlindIndex => new(_blindIndexSecret ?? throw NotLoaded());

    internal void Load(byte[] blindIndexSecret, byte[] auditChainKey)
    {
        _blindIndexSecret = blindIndexSecret;
        _auditChainKey = auditChainKey;
    }

    private static InvalidOperationException NotLoaded() =>
        new("The field key ring has not been verified yet; the start-up guard must run first.");
}
