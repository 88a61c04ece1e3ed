using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Inclusion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Cases;

// Journey 1: the coordinator enrols a consented youth. All inclusion rules are checked at once
// by the Enrolment service; every failure is shown next to its field and in the summary, and
// nothing the coordinator typed is lost.
public class EnrolModel(CaseRegisterDbContext db, Enrolment enrolment, TimeProvider time, IStringLocalizer<Localization.SharedResource> l) : PageModel
{
    public const int ParentSlots = 2;
    public const int ProfessionalSlots = 2;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed record Option(Guid Id, string Label, string? Group = null);

    public IReadOnlyList<Option> Cohorts { get; private set; } = [];
    public IReadOnlyList<Option> Regions { get; private set; } = [];
    public IReadOnlyList<Option> Teams { get; private set; } = [];
    public IReadOnlyList<Option> Interviewers { get; private set; } = [];
    public IReadOnlyList<InclusionWarning> Warnings { get; private set; } = [];
    public IReadOnlyList<string> PossibleDuplicates { get; private set; } = [];

    public sealed class PersonSlot
    {
        public PersonRole? Role { get; set; }
        [StringLength(200)] public string? Name { get; set; }
        [StringLength(200)] public string? Relation { get; set; }
        [StringLength(300)] public string? Address { get; set; }
        [StringLength(40)] public string? Phone { get; set; }
        [StringLength(256)] public string? Email { get; set; }
        public bool ConsentGiven { get; set; }
        public DateOnly? ConsentOn { get; set; }
        public ConsentMethod ConsentMethod { get; set; } = ConsentMethod.Paper;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een cohort.")] public Guid? CohortId { get; set; }
        [Required(ErrorMessage = "Vul de inclusiedatum in.")] public DateOnly? InclusionDate { get; set; }
        [Required(ErrorMessage = "Vul de voornaam of voornamen van de jongere in.")][StringLength(200)] public string? YouthGivenNames { get; set; }
        [Required(ErrorMessage = "Vul de achternaam van de jongere in.")][StringLength(200)] public string? YouthSurname { get; set; }
        [Required(ErrorMessage = "Vul de geboortedatum in.")] public DateOnly? DateOfBirth { get; set; }
        public Sex Sex { get; set; } = Sex.NotReported;
        [StringLength(300)] public string? YouthAddress { get; set; }
        [StringLength(40)] public string? YouthPhone { get; set; }
        [StringLength(256)] public string? YouthEmail { get; set; }
        [Required(ErrorMessage = "Kies de regio.")] public Guid? RegionId { get; set; }
        [Required(ErrorMessage = "Kies het regionaal expertteam.")] public Guid? ExpertTeamId { get; set; }
        public DateOnly? ExpertTeamDiscussedOn { get; set; }
        public CareSetting? CareSetting { get; set; }
        public DateOnly? PlacementStartedOn { get; set; }
        public PersonSlot Youth { get; set; } = new() { Role = PersonRole.Youth };
        public List<PersonSlot> Parents { get; set; } = [.. Enumerable.Range(0, ParentSlots).Select(_ => new PersonSlot())];
        public List<PersonSlot> Professionals { get; set; } = [.. Enumerable.Range(0, ProfessionalSlots).Select(_ => new PersonSlot { Role = PersonRole.Professional })];
        public Guid? InterviewerId { get; set; }
        public bool ConfirmAgeWarning { get; set; }
        [StringLength(1000)] public string? DuplicateOverrideReason { get; set; }
    }

    public async Task OnGetAsync()
    {
        Input.InclusionDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Input.CohortId = await db.Cohorts.Where(c => c.IsOpen).OrderByDescending(c => c.Year).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Pad();
        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync();
            return Page();
        }

        var others = new List<PersonInput>();
        var consents = new List<ConsentInput>();
        if (Input.Youth.ConsentGiven) consents.Add(new ConsentInput(0, Input.Youth.ConsentOn ?? default, Input.Youth.ConsentMethod));
        foreach (var slot in Input.Parents.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Concat(Input.Professionals.Where(p => !string.IsNullOrWhiteSpace(p.Name))))
        {
            var role = slot.Role is PersonRole.Guardian or PersonRole.Professional ? slot.Role.Value : PersonRole.ParentalAuthority;
            others.Add(new PersonInput(role, slot.Name!, slot.Relation, slot.Address, slot.Phone, slot.Email));
            if (slot.ConsentGiven && role != PersonRole.Professional) consents.Add(new ConsentInput(others.Count, slot.ConsentOn ?? default, slot.ConsentMethod));
        }
        foreach (var (slot, name) in Input.Parents.Select((p, i) => (p, $"Input.Parents[{i}]")).Concat([(Input.Youth, "Input.Youth")]))
        {
            if (slot.ConsentGiven && slot.ConsentOn is null) ModelState.AddModelError($"{name}.ConsentOn", l["Vul de datum van de toestemming in."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync();
            return Page();
        }

        var result = await enrolment.EnrolAsync(new EnrolmentRequest
        {
            CohortId = Input.CohortId!.Value,
            InclusionDate = Input.InclusionDate!.Value,
            YouthGivenNames = Input.YouthGivenNames!,
            YouthSurname = Input.YouthSurname!,
            DateOfBirth = Input.DateOfBirth!.Value,
            Sex = Input.Sex,
            YouthAddress = Input.YouthAddress,
            YouthPhone = Input.YouthPhone,
            YouthEmail = Input.YouthEmail,
            RegionId = Input.RegionId!.Value,
            ExpertTeamId = Input.ExpertTeamId!.Value,
            ExpertTeamDiscussedOn = Input.ExpertTeamDiscussedOn,
            CurrentSetting = Input.CareSetting,
            PlacementStartedOn = Input.PlacementStartedOn,
            Others = others,
            Consents = consents,
            InterviewerId = Input.InterviewerId is { } i && await IsInterviewerAsync(i) ? i : null,
            AgeWarningConfirmed = Input.ConfirmAgeWarning,
            DuplicateOverrideReason = Input.DuplicateOverrideReason,
        });
        if (result.Succeeded)
        {
            TempData["Message"] = l["Casus {0} is geïncludeerd.", result.ResearchCode!].Value;
            return RedirectToPage("/Cases/Details", new { id = result.CaseId });
        }

        foreach (var failure in result.Failures)
            ModelState.AddModelError(failure.Field, l[failure.Format, failure.Args]);
        Warnings = result.Warnings.Where(w => !w.IsConfirmed).ToList();
        PossibleDuplicates = result.PossibleDuplicates;
        await LoadOptionsAsync();
        return Page();
    }

    // Posted lists may come back short or long; the form always shows the fixed slots.
    private void Pad()
    {
        Input.Parents = [.. Input.Parents.Take(ParentSlots), .. Enumerable.Range(0, Math.Max(0, ParentSlots - Input.Parents.Count)).Select(_ => new PersonSlot())];
        Input.Professionals = [.. Input.Professionals.Take(ProfessionalSlots), .. Enumerable.Range(0, Math.Max(0, ProfessionalSlots - Input.Professionals.Count)).Select(_ => new PersonSlot { Role = PersonRole.Professional })];
        foreach (var p in Input.Professionals) p.Role = PersonRole.Professional;
        Input.Youth.Role = PersonRole.Youth;
    }

    private async Task<bool> IsInterviewerAsync(Guid userId) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id
               where ur.UserId == userId && r.Name == Roles.Interviewer && !u.IsDisabled select u).AnyAsync();

    private async Task LoadOptionsAsync()
    {
        Cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new Option(c.Id, c.IsOpen ? c.Label : c.Label + " (gesloten)")).ToListAsync();
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new Option(r.Id, r.InStudy ? r.Name : r.Name + " (niet in de studie)")).ToListAsync();
        Teams = await (from t in db.ExpertTeams join r in db.Regions on t.RegionId equals r.Id where t.IsActive orderby r.Name, t.Name select new Option(t.Id, t.Name, r.Name)).ToListAsync();
        Interviewers = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id
                              where r.Name == Roles.Interviewer && !u.IsDisabled orderby u.DisplayName select new Option(u.Id, u.DisplayName)).ToListAsync();
    }
}
