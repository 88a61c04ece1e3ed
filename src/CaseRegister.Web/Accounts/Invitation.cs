namespace CaseRegister.Web.Accounts;

// A one-time link to create an account. Only the SHA-256 of the token is stored, so a database
// reader cannot use an open invitation.
public class Invitation
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    public required string Role { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }
    public Guid? UserId { get; set; }

    // The link printed on the very first start; it stops working as soon as any account exists.
    public bool IsFirstRunSetup { get; set; }
}
