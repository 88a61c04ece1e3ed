using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Cases;

// The coordinator's view across cases (Coordinator only, see AccessPolicies): per code, the number
// of youths it was applied to in each wave, and which research codes those are. Youths, not
// mentions: two passages coded alike in one interview count once. Research codes only.
public class CodesModel(CaseRegisterDbContext db, StudyFiles files) : PageModel
{
    [FromQuery(Name = "cohort")]
    public Guid? CohortId { get; set; }

    public IReadOnlyList<Cohort> Cohorts { get; private set; } = [];
    public IReadOnlyList<string> WaveLabels { get; private set; } = [];
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public sealed record Group(string Title, IReadOnlyList<CodeRow> Rows);

    public sealed record CodeRow(string CodeId, string Label, IReadOnlyDictionary<string, int> YouthsPerWave, IReadOnlyList<string> ResearchCodes);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Label).ToListAsync(ct);
        if (CohortId is { } chosen && Cohorts.All(c => c.Id != chosen)) CohortId = null;

        var uses = await (
                from s in db.CodedSegments
                join w in db.Waves on s.WaveId equals w.Id
                join c in db.Cases on s.CaseId equals c.Id
                where CohortId == null || c.CohortId == CohortId
                select new { s.CodeId, w.Label, w.MonthsAfterBaseline, c.ResearchCode })
            .Distinct()
            .ToListAsync(ct);

        WaveLabels = [.. uses.Select(u => (u.Label, u.MonthsAfterBaseline)).Distinct().OrderBy(w => w.MonthsAfterBaseline).Select(w => w.Label)];

        CodeRow RowFor(string codeId, string label)
        {
            var mine = uses.Where(u => u.CodeId == codeId).ToList();
            var perWave = mine.GroupBy(u => u.Label).ToDictionary(g => g.Key, g => g.Select(u => u.ResearchCode).Distinct().Count(), StringComparer.Ordinal);
            return new CodeRow(codeId, label, perWave, [.. mine.Select(u => u.ResearchCode).Distinct().Order(StringComparer.Ordinal)]);
        }

        var codebook = files.Protocols.Codebook;
        var groups = codebook.Groups.Select(g => new Group(g.Title, [.. g.Codes.Select(code => RowFor(code.Id, code.Label))])).ToList();
        // Codes applied under an earlier codebook that the current one no longer has.
        var retired = uses.Select(u => u.CodeId).Distinct().Where(id => codebook.FindCode(id) is null).Order(StringComparer.Ordinal).ToList();
        if (retired.Count > 0) groups.Add(new Group("", [.. retired.Select(id => RowFor(id, id))]));
        Groups = groups;
    }
}
