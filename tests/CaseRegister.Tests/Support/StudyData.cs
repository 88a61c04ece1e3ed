using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Support;

// Builds study data through the real enrolment service, so tests start from cases exactly as the
// app creates them (persons, consents, placement, assignment, planned waves).
public static class StudyData
{
    public sealed record Place(Guid CohortId, Guid RegionId, Guid ExpertTeamId);

    // An open cohort for the clock's year and the first study region with its expert team.
    public static Task<Place> PrepareAsync(AppFactory app, int? year = null) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CaseRegisterDbContext>();
        var y = year ?? app.Clock.Today.Year;
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Year == y);
        if (cohort is null)
        {
            cohort = new Cohort { Id = Guid.NewGuid(), Label = $"Cohort {y}", Year = y, InclusionStart = new DateOnly(y, 1, 1), InclusionEnd = new DateOnly(y, 12, 31), TargetSize = 50, IsOpen = true };
            db.Cohorts.Add(cohort);
            var settings = await db.StudySettings.SingleAsync();
            settings.StudyStart = new DateOnly(Math.Min(y, settings.StudyStart.Year), 1, 1);
            settings.ResearchCodePrefix = "ZW";
            await db.SaveChangesAsync();
        }
        var region = await db.Regions.Include(r => r.ExpertTeams).Where(r => r.InStudy).OrderBy(r => r.Name).FirstAsync();
        return new Place(cohort.Id, region.Id, region.ExpertTeams[0].Id);
    });

    // A request that passes every inclusion rule for a youth born on the given date: in JZ+,
    // discussed in the expert team last month, with the consents the default policy requires.
    public static EnrolmentRequest Request(Place place, DateOnly today, DateOnly dateOfBirth, Guid? interviewerId = null, string surname = "Jansen")
    {
        var age = Age.InYears(dateOfBirth, today);
        var consentDay = today.AddDays(-1);
        var youthConsents = new List<ConsentInput> { new(0, consentDay, ConsentMethod.Paper) };
        var parents = age < 18
            ? new List<PersonInput> { new(PersonRole.ParentalAuthority, "Petra " + surname, "moeder", "Dorpsstraat 1, Delft", "06-11111111"), new(PersonRole.ParentalAuthority, "Kees " + surname, "vader", Phone: "06-22222222") }
            : [];
        var consents = youthConsents.Concat(parents.Select((_, i) => new ConsentInput(i + 1, consentDay, ConsentMethod.InPerson))).ToList();
        return new EnrolmentRequest
        {
            CohortId = place.CohortId,
            InclusionDate = today,
            YouthGivenNames = "Sanne",
            YouthSurname = surname,
            DateOfBirth = dateOfBirth,
            Sex = Sex.Female,
            YouthAddress = "Dorpsstraat 1, Delft",
            YouthPhone = "06-12345678",
            RegionId = place.RegionId,
            ExpertTeamId = place.ExpertTeamId,
            ExpertTeamDiscussedOn = today.AddDays(-30),
            CurrentSetting = CareSetting.JeugdzorgPlus,
            PlacementStartedOn = today.AddDays(-60),
            Others = [.. parents, new PersonInput(PersonRole.Professional, "Mr. De Vries", "Jeugdbescherming West", Phone: "070-1234567")],
            Consents = consents,
            InterviewerId = interviewerId,
        };
    }

    // The enrolment page's fields for a youth who passes every rule (a 17-year-old in a JJI, with
    // the own and one parent's consent), as a coordinator would fill them in.
    public static Dictionary<string, string> EnrolmentForm(Place place, DateOnly today, string surname = "Visser") => new()
    {
        ["Input.CohortId"] = place.CohortId.ToString(),
        ["Input.InclusionDate"] = today.ToString("yyyy-MM-dd"),
        ["Input.RegionId"] = place.RegionId.ToString(),
        ["Input.ExpertTeamId"] = place.ExpertTeamId.ToString(),
        ["Input.ExpertTeamDiscussedOn"] = today.AddDays(-20).ToString("yyyy-MM-dd"),
        ["Input.CareSetting"] = nameof(CareSetting.Jji),
        ["Input.YouthGivenNames"] = "Daan",
        ["Input.YouthSurname"] = surname,
        ["Input.DateOfBirth"] = today.AddYears(-17).AddDays(-3).ToString("yyyy-MM-dd"),
        ["Input.Sex"] = nameof(Sex.Male),
        ["Input.Youth.ConsentGiven"] = "true",
        ["Input.Youth.ConsentOn"] = today.ToString("yyyy-MM-dd"),
        ["Input.Parents[0].Role"] = nameof(PersonRole.ParentalAuthority),
        ["Input.Parents[0].Name"] = "Ingrid " + surname,
        ["Input.Parents[0].ConsentGiven"] = "true",
        ["Input.Parents[0].ConsentOn"] = today.ToString("yyyy-MM-dd"),
    };

    public static async Task<EnrolmentResult> EnrolAsync(AppFactory app, DateOnly? dateOfBirth = null, Guid? interviewerId = null, string surname = "Jansen", Func<EnrolmentRequest, EnrolmentRequest>? change = null)
    {
        var place = await PrepareAsync(app);
        var today = app.Clock.Today;
        var request = Request(place, today, dateOfBirth ?? today.AddYears(-14).AddDays(-40), interviewerId, surname);
        if (change is not null) request = change(request);
        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<Enrolment>().EnrolAsync(request));
        return result;
    }

    // Enrols and insists it worked: for tests that need a case, not tests of enrolment.
    public static async Task<(Guid Id, string ResearchCode)> CaseAsync(AppFactory app, DateOnly? dateOfBirth = null, Guid? interviewerId = null, string surname = "Jansen")
    {
        var result = await EnrolAsync(app, dateOfBirth, interviewerId, surname);
        Assert.True(result.Succeeded, "Enrolment failed: " + string.Join("; ", result.Failures.Select(f => f.Render())) + string.Join("; ", result.Warnings.Select(w => w.Message.Render())));
        return (result.CaseId!.Value, result.ResearchCode!);
    }
}
