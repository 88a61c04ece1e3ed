using Microsoft.AspNetCore.Identity;

namespace CaseRegister.Web.Accounts;

// Identity's messages as Dutch localisation keys; the localizer gives the English version.
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = "Het wachtwoord moet minstens 12 tekens lang zijn." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = "Het wachtwoord moet minstens 4 verschillende tekens bevatten." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het huidige wachtwoord klopt niet." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Er bestaat al een account met dit e-mailadres." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Er bestaat al een account met dit e-mailadres." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Het e-mailadres is ongeldig." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Het e-mailadres is ongeldig." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Het account is intussen gewijzigd. Probeer het opnieuw." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Er ging iets mis. Probeer het opnieuw." };
}
