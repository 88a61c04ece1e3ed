namespace CaseRegister.Web.Accounts;

// A server-side session behind each login cookie. Logout and disabling revoke the row, so a copied
// cookie stops working even though it is still validly signed.
public class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime LastSeenAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
