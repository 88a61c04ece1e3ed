using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Cases;

// The case list: research codes only, never identity. The coordinator sees every case, an
// interviewer only the cases assigned to them (CaseAccess.Visible).
public class IndexModel(CaseRegisterDbContext db, CaseAccess access) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "cohort")] public Guid? Cohort { get; set; }
    [FromQuery(Name = "region")] public Guid? Region { get; set; }
    [FromQuery(Name = "status")] public CaseStatus? Status { get; set; }
    [FromQuery(Name = "consent")] public ConsentStatusKind? Consent { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(Guid Id, string ResearchCode, string Cohort, string Region, CaseStatus Status, ConsentStatusKind ConsentState, string? Interviewer, string? NextWave, DateOnly? NextDue);
    public sealed record Option(Guid Id, string Label);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Option> Cohorts { get; private set; } = [];
    public IReadOnlyList<Option> Regions { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new Option(c.Id, c.Label)).ToListAsync();
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new Option(r.Id, r.Name)).ToListAsync();

        var query = access.Visible(User).AsNoTracking();
        if (Cohort is { } cohort) query = query.Where(c => c.CohortId == cohort);
        if (Region is { } region) query = query.Where(c => c.RegionId == region);
        if (Status is { } status) query = query.Where(c => c.Status == status);
        if (Consent is { } consent) query = query.Where(c => c.ConsentState == consent);
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        // The page's ids first, then the columns for those 50 only: projecting straight after the
        // filter makes SQLite work out the next wave of every matching case before it sorts and
        // skips (at national scale 100+ ms for a filtered page further on instead of a few).
        var pageIds = query.OrderBy(c => c.ResearchCode).Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(c => c.Id);
        Rows = await db.Cases.AsNoTracking().Where(c => pageIds.Contains(c.Id)).OrderBy(c => c.ResearchCode)
            .Select(c => new Row(
                c.Id, c.ResearchCode,
                db.Cohorts.Where(k => k.Id == c.CohortId).Select(k => k.Label).First(),
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.Status, c.ConsentState,
                db.Users.Where(u => u.Id == c.AssignedInterviewerId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Waves.Where(w => w.Status == WaveStatus.Planned || w.Status == WaveStatus.Due).OrderBy(w => w.DueOn).Select(w => w.Label).FirstOrDefault(),
                c.Waves.Where(w => w.Status == WaveStatus.Planned || w.Status == WaveStatus.Due).OrderBy(w => w.DueOn).Select(w => (DateOnly?)w.DueOn).FirstOrDefault()))
            .ToListAsync();
    }

    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Cohort is { } c) route["cohort"] = c.ToString();
        if (Region is { } r) route["region"] = r.ToString();
        if (Status is { } s) route["status"] = s.ToString();
        if (Consent is { } k) route["consent"] = k.ToString();
        return route;
    }
}
