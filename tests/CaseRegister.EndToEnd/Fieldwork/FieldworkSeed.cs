using System.Globalization;
using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Fieldwork;

public sealed record SeededCase(Guid Id, string ResearchCode, Guid YouthId);

// Cases for the fieldwork journeys, enrolled in the server through the app's own Enrolment service
// (inclusion rules, consents, waves), as the coordinator journey does it in the browser.
internal static class FieldworkSeed
{
    private static int _sequence;

    public static Task<Guid> UserIdAsync(AppServer server, TestAccount account) => server.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(account.Email))!.Id);

    // A youth included today (T0 due at once) with two parents and a professional, all consents
    // given today, assigned to the interviewer.
    public static Task<SeededCase> EnrolAsync(AppServer server, Guid interviewerId, DateOnly dateOfBirth) => server.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CaseRegisterDbContext>();
        var today = StudyCalendar.Today(server.Clock);
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Year == today.Year);
        if (cohort is null)
        {
            cohort = new Cohort
            {
                Id = Guid.NewGuid(), Label = $"Cohort {today.Year}", Year = today.Year, InclusionStart = new DateOnly(today.Year, 1, 1),
                InclusionEnd = new DateOnly(today.Year, 12, 31), TargetSize = 25, IsOpen = true,
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
        }
        var region = await db.Regions.Include(r => r.ExpertTeams).Where(r => r.InStudy && r.ExpertTeams.Any()).OrderBy(r => r.Name).FirstAsync();

        var surname = "Veldwerk" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var minor = Age.InYears(dateOfBirth, today) < 18;
        List<PersonInput> others = minor
            ? [new(PersonRole.ParentalAuthority, "Petra (demo) " + surname, "moeder", Phone: "06-01111111"), new(PersonRole.ParentalAuthority, "Kees (demo) " + surname, "vader", Phone: "06-02222222")]
            : [];
        others.Add(new PersonInput(PersonRole.Professional, "Mentor (demo)", "Jeugdzorg", Phone: "06-03333333"));
        var consents = new List<ConsentInput> { new(0, today, ConsentMethod.InPerson) };
        if (minor) consents.AddRange([new ConsentInput(1, today, ConsentMethod.InPerson), new ConsentInput(2, today, ConsentMethod.InPerson)]);

        var result = await sp.GetRequiredService<Enrolment>().EnrolAsync(new EnrolmentRequest
        {
            CohortId = cohort.Id,
            InclusionDate = today,
            YouthGivenNames = "Noor (demo)",
            YouthSurname = surname,
            DateOfBirth = dateOfBirth,
            Sex = Sex.Female,
            YouthAddress = "Teststraat 1, Delft",
            YouthPhone = "06-04444444",
            RegionId = region.Id,
            ExpertTeamId = region.ExpertTeams[0].Id,
            ExpertTeamDiscussedOn = today.AddDays(-14),
            CurrentSetting = CareSetting.JeugdzorgPlus,
            PlacementStartedOn = today.AddDays(-90),
            Others = others,
            Consents = consents,
            InterviewerId = interviewerId,
        });
        Assert.True(result.Succeeded, "Enrolment refused the journey's case: " + string.Join("; ", result.Failures.Select(f => f.ToString())));
        var youth = await db.CasePersons.Where(p => p.CaseId == result.CaseId && p.Role == PersonRole.Youth).Select(p => p.Id).SingleAsync();
        return new SeededCase(result.CaseId!.Value, result.ResearchCode!, youth);
    });

    public static Protocol Protocol(AppServer server, WaveKind wave, Informant informant) =>
        server.Services.GetRequiredService<StudyFiles>().Protocols.Current(wave, informant);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Answers every required item of the protocol on the interview form, as an interviewer would
    // with the mouse: the first choice, the lowest scale point, a short note.
    public static async Task FillRequiredAsync(IPage page, Protocol protocol, DateOnly today)
    {
        foreach (var item in protocol.Items.Where(i => i.Required))
        {
            var scope = page.Locator($"fieldset#item-{item.Id}");
            switch (item.Type)
            {
                case ItemType.Scale:
                    await scope.Locator($"input[type=radio][value='{(int)item.Min!.Value}']").CheckAsync();
                    break;
                case ItemType.SingleChoice when item.Options.Count > 8:
                    await page.Locator($"#a-{item.Id}").SelectOptionAsync(item.Options[0].Code);
                    break;
                case ItemType.SingleChoice:
                    await scope.Locator($"input[type=radio][value='{item.Options[0].Code}']").CheckAsync();
                    break;
                case ItemType.MultipleChoice:
                    await scope.Locator($"input[type=checkbox][value='{item.Options.First(o => !o.Exclusive).Code}']").CheckAsync();
                    break;
                case ItemType.YesNo:
                    await scope.Locator($"input[type=radio][value='{AnswerValidator.No}']").CheckAsync();
                    break;
                case ItemType.Date:
                    await page.Locator($"#a-{item.Id}").FillAsync(Iso(today.AddYears(-1)));
                    break;
                case ItemType.Text:
                    await page.Locator($"#a-{item.Id}").FillAsync("Vertelt dat het op de groep rustiger is.");
                    break;
                default:
                    await page.Locator($"#a-{item.Id}").FillAsync(((int)(item.Min ?? 0)).ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    public const string DraftButton = "form#interview-form button[formaction*='handler=Draft']";
    public const string CompleteButton = "form#interview-form .fw-actions button:not([formaction])";
}
