using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CaseRegister.Web.Accounts;

// Who reaches which part of the app, by page folder. Every page must fall under one of these
// lines: the fallback policy denies everything else, and a test enumerates all pages against
// the expected access table.
public static class AccessPolicies
{
    public const string Analyses = "Analyses";
    public const string CaseWork = "CaseWork";
    public const string Invitations = "Invitations";
    public const string Audit = "AuditLog";
    public const string SignedIn = "SignedIn";

    public static void AddCaseRegisterAuthorization(this PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Error");
        pages.AllowAnonymousToPage("/StatusCode");
        pages.AllowAnonymousToPage("/Language");
        pages.AllowAnonymousToPage("/Account/Login");
        pages.AllowAnonymousToPage("/Account/TwoFactor");
        pages.AllowAnonymousToPage("/Account/Enrol");
        pages.AllowAnonymousToPage("/Account/Accept");
        pages.AllowAnonymousToPage("/Account/Logout");
        pages.AuthorizePage("/Index", SignedIn);
        pages.AuthorizeFolder("/Account/Manage", SignedIn);
        pages.AuthorizeFolder("/Notifications", SignedIn);
        pages.AuthorizeFolder("/Admin", Roles.Admin);
        pages.AuthorizeFolder("/Users", Invitations);
        pages.AuthorizeFolder("/AuditTrail", Audit);
        pages.AuthorizeFolder("/Study", Roles.Coordinator);
        pages.AuthorizeFolder("/Cases", CaseWork);
        pages.AddFolderApplicationModelConvention("/Cases", model => model.Filters.Add(new Cases.UnknownHandlerIsNotFound()));
        pages.AuthorizePage("/Cases/Enrol", Roles.Coordinator);
        pages.AuthorizePage("/Cases/Withdraw", Roles.Coordinator);
        pages.AuthorizePage("/Cases/Assign", Roles.Coordinator);
        pages.AuthorizePage("/Cases/Codes", Roles.Coordinator);
        pages.AuthorizeFolder("/Work", Roles.Interviewer);
        pages.AuthorizeFolder("/Analyses", Analyses);
        pages.AuthorizeFolder("/Microdata", Roles.Coordinator);
    }
}
