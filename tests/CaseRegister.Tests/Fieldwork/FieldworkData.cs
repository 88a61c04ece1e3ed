using CaseRegister.Tests.Support;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public sealed record SeededCase(Guid Id, string ResearchCode, Guid YouthId, Guid Parent1Id, Guid Parent2Id, Guid ProfessionalId);

// Enrolled cases as the enrolment would leave them (persons, consents for the age at inclusion,
// first placement, assignment, waves from the schedule), written straight into the database so
// the fieldwork tests do not depend on the enrolment pages.
internal static class FieldworkData
{
    private static int _sequence;

    public static async Task<Guid> CohortAsync(AppFactory app, string label = "2026")
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var existing = await db.Cohorts.Where(c => c.Label == label).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
            if (existing is { } found)
            {
                id = found;
                return;
            }
            db.Cohorts.Add(new Cohort
            {
                Id = id, Label = label, Year = int.Parse(label[..4], System.Globalization.CultureInfo.InvariantCulture),
                InclusionStart = new DateOnly(2026, 1, 1), InclusionEnd = new DateOnly(2026, 12, 31), IsOpen = true, TargetSize = 20,
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<SeededCase> CaseAsync(
        AppFactory app,
        Guid? interviewerId,
        DateOnly dateOfBirth,
        DateOnly inclusionDate,
        string? researchCode = null,
        Guid? cohortId = null,
        CaseStatus status = CaseStatus.Active)
    {
        cohortId ??= await CohortAsync(app);
        researchCode ??= $"ZW-2026-{Interlocked.Increment(ref _sequence):000}";
        var today = app.Clock.Today;
        SeededCase? seeded = null;
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.Include(r => r.ExpertTeams).FirstAsync(r => r.InStudy);
            var settings = await db.StudySettings.SingleAsync();
            var ageAtInclusion = Age.InYears(dateOfBirth, inclusionDate);
            var c = new Case
            {
                Id = Guid.NewGuid(), ResearchCode = researchCode, CohortId = cohortId.Value, Status = status,
                RegionId = region.Id, ExpertTeamId = region.ExpertTeams[0].Id, ExpertTeamDiscussedOn = inclusionDate.AddDays(-7),
                InclusionDate = inclusionDate, AgeAtInclusion = ageAtInclusion, Sex = Sex.Female,
                AssignedInterviewerId = interviewerId, DateOfBirth = StudyCalendar.Iso(dateOfBirth),
                ConsentState = CaseRegister.Web.Consent.ConsentStatusKind.Complete,
            };
            var youth = Person(c, PersonRole.Youth, 0, "Sanne de Vries");
            var parent1 = Person(c, PersonRole.ParentalAuthority, 1, "Anna de Vries");
            var parent2 = Person(c, PersonRole.ParentalAuthority, 2, "Bram de Vries");
            var professional = Person(c, PersonRole.Professional, 3, "Mentor Jansen");
            var youthForm = ageAtInclusion switch
            {
                < 12 => "youth-8-11",
                < 16 => "youth-12-15",
                < 18 => "youth-16-17",
                _ => "young-adult",
            };
            Consent(c, youth, youthForm, inclusionDate, ageAtInclusion);
            if (ageAtInclusion < 18)
            {
                Consent(c, parent1, "parents", inclusionDate, ageAtInclusion);
                Consent(c, parent2, "parents", inclusionDate, ageAtInclusion);
            }
            c.Placements.Add(new Placement
            {
                Id = Guid.NewGuid(), CaseId = c.Id, Setting = CareSetting.JeugdzorgPlus, StartedOn = inclusionDate.AddMonths(-2),
                AgeAtStart = Age.InYears(dateOfBirth, inclusionDate.AddMonths(-2)), RecordedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            });
            if (interviewerId is { } interviewer)
                c.Assignments.Add(new Assignment { Id = Guid.NewGuid(), CaseId = c.Id, InterviewerId = interviewer, AssignedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            foreach (var planned in StudySchedule.From(settings).For(inclusionDate))
            {
                c.Waves.Add(new Wave
                {
                    Id = Guid.NewGuid(), CaseId = c.Id, Label = planned.Label, Kind = planned.Kind, MonthsAfterBaseline = planned.MonthsAfterBaseline,
                    DueOn = planned.DueOn, WindowOpensOn = planned.WindowOpensOn, WindowClosesOn = planned.WindowClosesOn,
                    Status = WaveStatusRules.StatusOn(planned, today, null, null, false).Status,
                });
            }
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            seeded = new SeededCase(c.Id, researchCode, youth.Id, parent1.Id, parent2.Id, professional.Id);
        });
        return seeded!;
    }

    // Marks a wave completed as the interview page would (used to get past T0 quickly).
    public static Task CompleteWaveAsync(AppFactory app, Guid caseId, string label, DateOnly on) => app.WithDbAsync(async db =>
    {
        var wave = await db.Waves.SingleAsync(w => w.CaseId == caseId && w.Label == label);
        wave.Status = WaveStatus.Completed;
        wave.CompletedOn = on;
        await db.SaveChangesAsync();
    });

    private static CasePerson Person(Case c, PersonRole role, int order, string name)
    {
        var person = new CasePerson { Id = Guid.NewGuid(), CaseId = c.Id, Role = role, SortOrder = order, Name = name };
        c.Persons.Add(person);
        return person;
    }

    private static void Consent(Case c, CasePerson person, string templateId, DateOnly on, int age) =>
        c.Consents.Add(new ConsentRecord
        {
            Id = Guid.NewGuid(), CaseId = c.Id, PersonId = person.Id, TemplateId = templateId, TemplateVersion = 1, Language = "nl",
            TemplateSha256 = new string('0', 64), GivenOn = on, AgeOfYouthAtConsent = age, Method = ConsentMethod.Paper,
            RecordedAtUtc = DateTime.UnixEpoch,
        });
}
