using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Jobs;

// The texts the jobs leave behind. Notification texts are Dutch localisation keys (English in
// Resources/en/jobs.json); none contains a name or case content.
public static class JobMessages
{
    public const string DigestReady = "Uw dagelijkse overzicht van openstaande contacten staat klaar.";
    public const string OpenNextCohort = "Er is nog geen cohort voor volgend jaar. Open het nieuwe cohort onder Studie.";
    public const string AuditChainBroken = "De nachtelijke controle heeft een breuk in de auditlog gevonden. Bekijk de taak 'Controle auditlog' onder Beheer.";

    // Accounts in a role that can receive mail: enabled, with an address.
    public static async Task<List<(Guid Id, string Email)>> RecipientsAsync(CaseRegisterDbContext db, string role, CancellationToken ct)
    {
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          join u in db.Users on ur.UserId equals u.Id
                          where r.Name == role && !u.IsDisabled && u.Email != null
                          orderby u.Email
                          select new { u.Id, u.Email }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.Email!))];
    }

    public static string PublicUrl(IConfiguration configuration) => (configuration["App:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public static bool IsRole(string role) => Roles.All.Contains(role);
}
