namespace CaseRegister.EndToEnd.Support;

// What a person keeps after creating an account: the password they chose and the authenticator
// key they typed into their app.
public sealed record TestAccount(string Email, string Password, string DisplayName, string Role, string AuthenticatorKey)
{
    // Long enough, not on the common-password list, easy to read in a failure message.
    public const string DefaultPassword = "de kat zit op de mat in Zeeland";
}
