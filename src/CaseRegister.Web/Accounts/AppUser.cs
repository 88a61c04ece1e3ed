using Microsoft.AspNetCore.Identity;

namespace CaseRegister.Web.Accounts;

public class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    // The last accepted authenticator time step: a code from this step or earlier is refused,
    // so each TOTP code works once.
    public long? LastTotpTimeStep { get; set; }
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Interviewer = "Interviewer";
    public const string SteeringGroup = "SteeringGroup";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Interviewer, SteeringGroup];
}
