using System.Globalization;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Analyses;

// The analysis pack for the steering group and the coordinator (SPEC §3.1): choose cohorts and
// waves, get the fixed catalogue as CSV, XLSX or a printable report. Each download is a release:
// protected against disclosure, recorded in the release ledger and audited. Nothing here can
// reach a case, a research code or a free text.
public class IndexModel(CaseRegisterDbContext db, AnalysisPackService packs, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<CohortInfo> Cohorts { get; private set; } = [];
    public IReadOnlyList<WaveInfo> Waves { get; private set; } = [];
    public IReadOnlyList<AnalysisRelease> Releases { get; private set; } = [];
    public bool ShowPublisher => User.IsInRole(Roles.Coordinator);

    public static IReadOnlyList<(string Value, string Label)> Formats { get; } =
    [
        ("csv", "CSV-bestanden (zip, één bestand per tabel)"),
        ("xlsx", "Excel-werkmap (één blad per tabel)"),
        ("html", "Rapport om te printen (HTML met grafieken)"),
        ("all", "Alles samen (zip)"),
    ];

    public sealed class InputModel
    {
        public List<int> Cohorts { get; set; } = [];
        public List<string> Waves { get; set; } = [];
        public string Format { get; set; } = "csv";
        public bool Semicolon { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new InputModel
        {
            Cohorts = Cohorts.Select(c => c.Year).Distinct().ToList(),
            Waves = Waves.Select(w => w.Label).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // The lists on the form are a convenience: only cohorts and waves that exist count.
        var cohorts = Input.Cohorts.Where(y => Cohorts.Any(c => c.Year == y)).Distinct().ToList();
        var waves = Waves.Select(w => w.Label).Where(Input.Waves.Contains).ToList();
        if (cohorts.Count == 0) ModelState.AddModelError("Input.Cohorts", localizer["Kies ten minste één cohort."]);
        // Before the first wave is planned only the enrolment tables exist; afterwards a wave is needed.
        if (waves.Count == 0 && Waves.Count > 0) ModelState.AddModelError("Input.Waves", localizer["Kies ten minste één meting."]);
        if (!TryParseFormat(Input.Format, out var format)) ModelState.AddModelError("Input.Format", localizer["Kies een vorm voor de download."]);
        if (!ModelState.IsValid) return Page();

        var request = new PackRequest(new PackSelection(cohorts, waves), format, Input.Semicolon ? CsvDialect.DutchExcel : CsvDialect.Standard,
            CultureInfo.CurrentUICulture, User.Identity?.Name ?? "?")
        {
            PublishedByUserId = CaseAccess.UserId(User),
        };
        try
        {
            var release = await packs.ReleaseAsync(request, ct);
            var file = PackFiles.Download(release.Files, release.PublishedAtUtc);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (DisclosureAuditException ex)
        {
            ModelState.AddModelError(string.Empty, localizer[
                "Het analysepakket kan niet veilig worden gemaakt: de controle op onthulling vond een niet-getoond cijfer dat uit de andere cijfers is af te leiden (tabel {0}). Er is niets gedownload en niets vastgelegd als uitgave. Kies andere cohorten of metingen, of meld dit bij de coördinator.",
                ex.TableId.Length > 0 ? ex.TableId : "?"]);
            return Page();
        }
    }

    public static bool TryParseFormat(string? value, out PackFormat format)
    {
        format = PackFormat.Csv;
        return value is not null && Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(value, out _);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Cohorts = await db.Cohorts.AsNoTracking().OrderBy(c => c.Year).ThenBy(c => c.Label)
            .Select(c => new CohortInfo(c.Id, c.Year, c.Label)).ToListAsync(ct);
        Waves = await PackQueries.AvailableWavesAsync(db, ct);
        Releases = await db.Set<AnalysisRelease>().AsNoTracking().OrderByDescending(r => r.Sequence).Take(20).ToListAsync(ct);
    }
}
