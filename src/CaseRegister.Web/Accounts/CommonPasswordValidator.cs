using Microsoft.AspNetCore.Identity;

namespace CaseRegister.Web.Accounts;

// Refuses passwords found in the bundled list of common and breached passwords (see the header
// of common-passwords.txt for its source and licence). Case-insensitive: "Password123456" is as
// weak as "password123456".
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool IsCommon(string password) => List.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Dit wachtwoord komt voor in een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander wachtwoord." })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CaseRegister.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        }
        return set;
    }
}
