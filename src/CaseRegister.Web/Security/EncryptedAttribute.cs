namespace CaseRegister.Web.Security;

// Marks a property whose value is encrypted per field before it reaches the database.
// The DbContext applies the matching value converter to every marked property, so forgetting a
// converter is impossible; a test asserts which properties carry the mark.
[AttributeUsage(AttributeTargets.Property)]
public sealed class EncryptedAttribute(FieldFamily family) : Attribute
{
    public FieldFamily Family { get; } = family;
}

// Each family has its own purpose string, so a ciphertext copied from one column family to
// another does not decrypt.
public enum FieldFamily { Identity, Contact, FreeText, Scan, Secret }
