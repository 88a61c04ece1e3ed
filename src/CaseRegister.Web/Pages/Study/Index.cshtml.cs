using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Study;

// The study settings (SPEC §2.1): one row, edited by the coordinator. Optimistic concurrency on
// its version: a second coordinator saving over a newer version gets both versions side by side
// and keeps what they typed.
public class IndexModel(CaseRegisterDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    // The stored settings when a save ran into a newer version; null otherwise.
    public InputModel? Stored { get; private set; }

    public DateOnly StudyEnd { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Naam van de studie")]
        [Required(ErrorMessage = "Vul de naam van de studie in.")]
        [StringLength(200, ErrorMessage = "Naam van de studie: gebruik hoogstens 200 tekens.")]
        public string? StudyName { get; set; }

        [Display(Name = "Voorvoegsel onderzoekscode")]
        [Required(ErrorMessage = "Vul het voorvoegsel van de onderzoekscode in.")]
        [RegularExpression("^[A-Z]{2,6}$", ErrorMessage = "Voorvoegsel onderzoekscode: gebruik 2 tot 6 hoofdletters zonder spaties of cijfers, bijvoorbeeld ZW.")]
        public string? ResearchCodePrefix { get; set; }

        [Display(Name = "Startdatum van de studie")]
        [Required(ErrorMessage = "Vul de startdatum van de studie in.")]
        public DateOnly? StudyStart { get; set; }

        [Display(Name = "Looptijd")]
        [Required(ErrorMessage = "Vul de looptijd van de studie in.")]
        [Range(1, 10, ErrorMessage = "Looptijd: vul een aantal jaren van 1 tot en met 10 in.")]
        public int? DurationYears { get; set; }

        [Display(Name = "Interval tussen de vervolgmetingen")]
        [Required(ErrorMessage = "Vul het interval tussen de vervolgmetingen in.")]
        [Range(1, 24, ErrorMessage = "Interval tussen de vervolgmetingen: vul een aantal maanden van 1 tot en met 24 in.")]
        public int? FollowUpIntervalMonths { get; set; }

        [Display(Name = "Contactvenster")]
        [Required(ErrorMessage = "Vul het contactvenster in.")]
        [Range(1, 12, ErrorMessage = "Contactvenster: vul een aantal weken van 1 tot en met 12 in.")]
        public int? ContactWindowWeeks { get; set; }

        [Display(Name = "Termijn voor de 0-meting")]
        [Required(ErrorMessage = "Vul de termijn voor de 0-meting (T0) in.")]
        [Range(1, 26, ErrorMessage = "Termijn voor de 0-meting (T0): vul een aantal weken van 1 tot en met 26 in.")]
        public int? BaselineDeadlineWeeks { get; set; }

        [Display(Name = "Drempel voor kleine aantallen")]
        [Required(ErrorMessage = "Vul de drempel voor kleine aantallen in.")]
        [Range(5, 50, ErrorMessage = "Drempel voor kleine aantallen: vul een getal van 5 tot en met 50 in. Onder 5 is nooit toegestaan.")]
        public int? DisclosureThreshold { get; set; }

        [Display(Name = "Bewaartermijn identiteitsgegevens")]
        [Required(ErrorMessage = "Vul de bewaartermijn van de identiteitsgegevens in.")]
        [Range(1, 120, ErrorMessage = "Bewaartermijn identiteitsgegevens: vul een aantal maanden van 1 tot en met 120 in.")]
        public int? IdentityRetentionMonths { get; set; }

        [Display(Name = "Bewaartermijn onderzoeksgegevens")]
        [Required(ErrorMessage = "Vul de bewaartermijn van de onderzoeksgegevens in.")]
        [Range(1, 30, ErrorMessage = "Bewaartermijn onderzoeksgegevens: vul een aantal jaren van 1 tot en met 30 in.")]
        public int? ResearchRetentionYears { get; set; }

        [Display(Name = "Naam van de coördinator")]
        [Required(ErrorMessage = "Vul de naam van de coördinator in; die staat op de toestemmingsformulieren.")]
        [StringLength(200, ErrorMessage = "Naam van de coördinator: gebruik hoogstens 200 tekens.")]
        public string? CoordinatorName { get; set; }

        [Display(Name = "Contactgegevens van de coördinator")]
        [Required(ErrorMessage = "Vul de contactgegevens van de coördinator in (telefoon en/of e-mail); die staan op de toestemmingsformulieren.")]
        [StringLength(300, ErrorMessage = "Contactgegevens van de coördinator: gebruik hoogstens 300 tekens.")]
        public string? CoordinatorContact { get; set; }

        public Guid Version { get; set; }

        public static InputModel From(StudySettings s) => new()
        {
            StudyName = s.StudyName,
            ResearchCodePrefix = s.ResearchCodePrefix,
            StudyStart = s.StudyStart,
            DurationYears = s.DurationYears,
            FollowUpIntervalMonths = s.FollowUpIntervalMonths,
            ContactWindowWeeks = s.ContactWindowWeeks,
            BaselineDeadlineWeeks = s.BaselineDeadlineWeeks,
            DisclosureThreshold = s.DisclosureThreshold,
            IdentityRetentionMonths = s.IdentityRetentionMonths,
            ResearchRetentionYears = s.ResearchRetentionYears,
            CoordinatorName = s.CoordinatorName,
            CoordinatorContact = s.CoordinatorContact,
            Version = s.Version,
        };
    }

    public async Task OnGetAsync()
    {
        var settings = await db.StudySettings.AsNoTracking().SingleAsync();
        Input = InputModel.From(settings);
        StudyEnd = settings.StudyEnd;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var settings = await db.StudySettings.SingleAsync();
        StudyEnd = settings.StudyEnd;
        Input.StudyName = Input.StudyName?.Trim();
        Input.CoordinatorName = Input.CoordinatorName?.Trim();
        Input.CoordinatorContact = Input.CoordinatorContact?.Trim();
        if (Input.StudyStart is { Year: < 2000 or > 2100 })
            ModelState.AddModelError("Input.StudyStart", l["Startdatum van de studie: kies een datum tussen 2000 en 2100."]);
        CheckSchedule();
        if (!ModelState.IsValid) return Page();

        if (settings.Version != Input.Version) return Conflict(settings);
        var changes = Apply(settings);
        if (changes.Count == 0)
        {
            TempData["Message"] = "Er was niets gewijzigd.";
            return RedirectToPage();
        }
        // The version the form was opened with is what the update must still find.
        db.Entry(settings).Property(s => s.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(settings).ReloadAsync();
            return Conflict(settings);
        }
        await audit.WriteAsync(new AuditEvent("study.settings") { Target = "study-settings", Details = string.Join("; ", changes) });
        TempData["Message"] = "De studie-instellingen zijn opgeslagen.";
        return RedirectToPage();
    }

    // Consecutive contact windows may not overlap (a day would belong to two waves). The wave
    // schedule is the authority on that rule, so the form asks it rather than repeating it.
    private void CheckSchedule()
    {
        if (Input is not { FollowUpIntervalMonths: { } interval and >= 1 and <= 24, ContactWindowWeeks: { } window and >= 1 and <= 12 }) return;
        if (Fits(interval, window)) return;
        var largest = Enumerable.Range(0, window).Reverse().FirstOrDefault(w => w > 0 && Fits(interval, w));
        ModelState.AddModelError("Input.ContactWindowWeeks", largest > 0
            ? l["Contactvenster: met {0} weken vóór en na de streefdatum overlappen de vensters van opeenvolgende vervolgmetingen (interval {1} maanden). Kies hoogstens {2} weken, of een langer interval.", window, interval, largest]
            : l["Contactvenster: bij een interval van {0} maand(en) overlappen de vensters van opeenvolgende vervolgmetingen altijd. Kies een langer interval.", interval]);
    }

    private static bool Fits(int intervalMonths, int windowWeeks)
    {
        try
        {
            _ = new WaveSchedule(new ScheduleSettings { StudyStart = new DateOnly(2026, 1, 1), FollowUpIntervalMonths = intervalMonths, ContactWindowWeeks = windowWeeks });
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private PageResult Conflict(StudySettings current)
    {
        Stored = InputModel.From(current);
        StudyEnd = current.StudyEnd;
        // The next save goes over the version the user has now seen.
        ModelState.Remove("Input.Version");
        Input.Version = current.Version;
        ModelState.AddModelError(string.Empty, l["Iemand anders heeft de studie-instellingen opgeslagen nadat u dit formulier opende. Uw wijzigingen zijn nog niet opgeslagen en staan hieronder in het formulier. Vergelijk ze met de opgeslagen waarden en sla opnieuw op."]);
        return Page();
    }

    // Returns what changed, for the audit log: values for the numbers and dates, only the name
    // of the field for the coordinator's name and contact (personal data stay out of the log).
    private List<string> Apply(StudySettings s)
    {
        var changes = new List<string>();
        void Set<T>(string name, T current, T wanted, Action<T> assign, bool logValue = true)
        {
            if (EqualityComparer<T>.Default.Equals(current, wanted)) return;
            changes.Add(logValue ? string.Create(CultureInfo.InvariantCulture, $"{name} {current}→{wanted}") : $"{name} changed");
            assign(wanted);
        }
        var i = Input;
        Set(nameof(s.StudyName), s.StudyName, i.StudyName!, v => s.StudyName = v);
        Set(nameof(s.ResearchCodePrefix), s.ResearchCodePrefix, i.ResearchCodePrefix!, v => s.ResearchCodePrefix = v);
        Set(nameof(s.StudyStart), s.StudyStart, i.StudyStart!.Value, v => s.StudyStart = v);
        Set(nameof(s.DurationYears), s.DurationYears, i.DurationYears!.Value, v => s.DurationYears = v);
        Set(nameof(s.FollowUpIntervalMonths), s.FollowUpIntervalMonths, i.FollowUpIntervalMonths!.Value, v => s.FollowUpIntervalMonths = v);
        Set(nameof(s.ContactWindowWeeks), s.ContactWindowWeeks, i.ContactWindowWeeks!.Value, v => s.ContactWindowWeeks = v);
        Set(nameof(s.BaselineDeadlineWeeks), s.BaselineDeadlineWeeks, i.BaselineDeadlineWeeks!.Value, v => s.BaselineDeadlineWeeks = v);
        Set(nameof(s.DisclosureThreshold), s.DisclosureThreshold, i.DisclosureThreshold!.Value, v => s.DisclosureThreshold = v);
        Set(nameof(s.IdentityRetentionMonths), s.IdentityRetentionMonths, i.IdentityRetentionMonths!.Value, v => s.IdentityRetentionMonths = v);
        Set(nameof(s.ResearchRetentionYears), s.ResearchRetentionYears, i.ResearchRetentionYears!.Value, v => s.ResearchRetentionYears = v);
        Set(nameof(s.CoordinatorName), s.CoordinatorName, i.CoordinatorName!, v => s.CoordinatorName = v, logValue: false);
        Set(nameof(s.CoordinatorContact), s.CoordinatorContact, i.CoordinatorContact!, v => s.CoordinatorContact = v, logValue: false);
        return changes;
    }
}
