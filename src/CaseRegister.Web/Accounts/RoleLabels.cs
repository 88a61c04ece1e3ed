namespace CaseRegister.Web.Accounts;

public static class RoleLabels
{
    // Dutch names (localisation keys) for the roles shown to users.
    public static string Of(string role) => role switch
    {
        Roles.Admin => "Beheerder",
        Roles.Coordinator => "Coördinator",
        Roles.Interviewer => "Onderzoeker",
        Roles.SteeringGroup => "Begeleidingsgroep",
        _ => role,
    };
}
