using CaseRegister.Tests.Support;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public sealed record SeededCase(Guid Id, string ResearchCode, Guid YouthId, Guid Parent1Id, Guid Parent2Id, Guid ProfessionalId);

// Cases enrolled through the real enrolment service (StudyData), with the inclusion date the test
// needs, so the waves are planned exactly as the app plans them.
internal static class FieldworkData
{
    private static int _sequence;

    // Another open cohort next to the one StudyData opens. Research codes are numbered per cohort
    // year, so it belongs to an earlier year; its inclusion period runs to the end of this year.
    public static async Task<Guid> CohortAsync(AppFactory app, int yearsBack)
    {
        await StudyData.PrepareAsync(app);
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var year = app.Clock.Today.Year;
            db.Cohorts.Add(new Cohort
            {
                Id = id, Label = $"Cohort {year - yearsBack}", Year = year - yearsBack, InclusionStart = new DateOnly(year - yearsBack, 1, 1),
                InclusionEnd = new DateOnly(year, 12, 31), IsOpen = true, TargetSize = 20,
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<SeededCase> CaseAsync(
        AppFactory app, Guid? interviewerId, DateOnly dateOfBirth, DateOnly inclusionDate, Guid? cohortId = null, CaseStatus? status = null)
    {
        // Distinct surnames keep the duplicate check quiet: every test youth shares a birthday.
        var surname = "Veldwerk" + Letters(Interlocked.Increment(ref _sequence));
        var result = await StudyData.EnrolAsync(app, dateOfBirth, interviewerId, surname, request => request with
        {
            InclusionDate = inclusionDate,
            ExpertTeamDiscussedOn = inclusionDate.AddDays(-7),
            PlacementStartedOn = inclusionDate.AddDays(-60),
            CohortId = cohortId ?? request.CohortId,
        });
        Assert.True(result.Succeeded, "Enrolment failed: " + string.Join("; ", result.Failures.Select(f => f.Render())));
        var caseId = result.CaseId!.Value;

        SeededCase? seeded = null;
        await app.WithDbAsync(async db =>
        {
            var persons = await db.CasePersons.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.SortOrder).Select(p => new { p.Id, p.Role }).ToListAsync();
            var parents = persons.Where(p => p.Role == PersonRole.ParentalAuthority).Select(p => p.Id).ToList();
            seeded = new SeededCase(
                caseId, result.ResearchCode!,
                persons.Single(p => p.Role == PersonRole.Youth).Id,
                parents.ElementAtOrDefault(0), parents.ElementAtOrDefault(1),
                persons.Single(p => p.Role == PersonRole.Professional).Id);
            if (status is { } s)
            {
                // As the withdrawal page leaves it; that page is tested with the case pages.
                var c = await db.Cases.SingleAsync(x => x.Id == caseId);
                c.Status = s;
                c.EndedOn = app.Clock.Today;
                await db.SaveChangesAsync();
            }
        });
        return seeded!;
    }

    // Marks a wave completed as the interview page would (to get past T0 quickly).
    public static Task CompleteWaveAsync(AppFactory app, Guid caseId, string label, DateOnly on) => app.WithDbAsync(async db =>
    {
        var wave = await db.Waves.SingleAsync(w => w.CaseId == caseId && w.Label == label);
        wave.Status = WaveStatus.Completed;
        wave.CompletedOn = on;
        await db.SaveChangesAsync();
    });

    // Rewrites the case's consents as if they were all given on one earlier day, the youth's on
    // the child's assent form: the state of a youth enrolled at 11 who has since turned 12.
    public static Task BackdateConsentsToAssentAsync(AppFactory app, SeededCase c, DateOnly givenOn) => app.WithDbAsync(async db =>
    {
        foreach (var consent in await db.ConsentRecords.Where(r => r.CaseId == c.Id).ToListAsync())
        {
            consent.GivenOn = givenOn;
            if (consent.PersonId == c.YouthId) consent.TemplateId = "youth-8-11";
        }
        await db.SaveChangesAsync();
    });

    private static string Letters(int n)
    {
        var letters = "";
        for (; n > 0; n /= 26) letters = (char)('a' + (n % 26)) + letters;
        return letters;
    }
}
