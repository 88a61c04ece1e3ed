using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Cases;

// The case page: pseudonymous overview only. Identity is one explicit, audited step away
// (/Cases/Identity).
public class DetailsModel(CaseRegisterDbContext db, CaseAccess access) : PageModel
{
    public sealed record Overview(Guid Id, string ResearchCode, string Cohort, string Region, string Team, DateOnly DiscussedOn, DateOnly InclusionDate,
        int AgeAtInclusion, Sex Sex, CaseStatus Status, ConsentStatusKind ConsentState, DateOnly? EndedOn, bool IdentityErased);
    public sealed record PlacementRow(CareSetting Setting, DateOnly StartedOn, int AgeAtStart);
    public sealed record ConsentRow(PersonRole Role, int SortOrder, string TemplateId, int Version, string Language, DateOnly GivenOn, ConsentMethod Method, DateOnly? WithdrawnOn, bool HasScan);
    public sealed record AssignmentRow(string Interviewer, DateTime AssignedAtUtc, DateTime? EndedAtUtc);
    public sealed record WaveRow(string Label, DateOnly DueOn, DateOnly WindowOpensOn, DateOnly WindowClosesOn, WaveStatus Status, DateOnly? CompletedOn, bool ConsentBlocked);
    public sealed record AuditRow(long Sequence, DateTime OccurredAtUtc, string? ActorName, string Action, string Outcome);

    public Overview Case { get; private set; } = null!;
    public IReadOnlyList<PlacementRow> Placements { get; private set; } = [];
    public IReadOnlyList<ConsentRow> Consents { get; private set; } = [];
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];
    public IReadOnlyList<WaveRow> Waves { get; private set; } = [];
    public IReadOnlyList<AuditRow> AuditTrail { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return NotFound();

        Case = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new Overview(
            c.Id, c.ResearchCode,
            db.Cohorts.Where(k => k.Id == c.CohortId).Select(k => k.Label).First(),
            db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
            db.ExpertTeams.Where(t => t.Id == c.ExpertTeamId).Select(t => t.Name).First(),
            c.ExpertTeamDiscussedOn, c.InclusionDate, c.AgeAtInclusion, c.Sex, c.Status, c.ConsentState, c.EndedOn, c.IdentityErasedAtUtc != null)).SingleAsync();
        Placements = await db.Placements.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartedOn).ThenBy(p => p.RecordedAtUtc)
            .Select(p => new PlacementRow(p.Setting, p.StartedOn, p.AgeAtStart)).ToListAsync();
        Consents = await (from c in db.ConsentRecords join p in db.CasePersons on c.PersonId equals p.Id where c.CaseId == id orderby p.SortOrder, c.GivenOn
                          select new ConsentRow(p.Role, p.SortOrder, c.TemplateId, c.TemplateVersion, c.Language, c.GivenOn, c.Method, c.WithdrawnOn, c.ScanId != null)).AsNoTracking().ToListAsync();
        Assignments = await (from a in db.Assignments join u in db.Users on a.InterviewerId equals u.Id where a.CaseId == id orderby a.AssignedAtUtc descending
                             select new AssignmentRow(u.DisplayName, a.AssignedAtUtc, a.EndedAtUtc)).AsNoTracking().ToListAsync();
        Waves = await db.Waves.AsNoTracking().Where(w => w.CaseId == id).OrderBy(w => w.DueOn)
            .Select(w => new WaveRow(w.Label, w.DueOn, w.WindowOpensOn, w.WindowClosesOn, w.Status, w.CompletedOn, w.ConsentBlocked)).ToListAsync();
        if (User.IsInRole(Roles.Coordinator))
        {
            AuditTrail = await db.AuditEntries.AsNoTracking().Where(e => e.ResearchCode == found.ResearchCode).OrderByDescending(e => e.Sequence).Take(50)
                .Select(e => new AuditRow(e.Sequence, e.OccurredAtUtc, e.ActorName, e.Action, e.Outcome.ToString())).ToListAsync();
        }
        return Page();
    }
}
