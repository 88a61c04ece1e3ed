namespace CaseRegister.Web.Security;

// Secrets kept in the database but readable only through the field key ring: the sentinel that
// proves the ring matches the data, the blind-index secret and the audit-chain key.
public class KeyMaterial
{
    public const string Sentinel = "sentinel";
    public const string BlindIndexSecret = "blind-index";
    public const string AuditChainKey = "audit-chain";

    public required string Name { get; set; }

    [Encrypted(FieldFamily.Secret)]
    public required string Value { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
