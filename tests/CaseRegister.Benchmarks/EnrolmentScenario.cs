using System.Diagnostics;
using System.Globalization;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Benchmarks;

// Enrolment throughput at national scale: the Enrolment service (every inclusion rule, duplicate
// check through the blind index with decryption of the candidates, persons' identity and contact
// ENCRYPTED per field, consents with their rendered form hash, placement, assignment, planned
// waves, audit entries) one enrolment after another, each in its own scope as a request would.
// Baseline: the same rows (case, four persons, placement, three consents, assignment, waves) as
// raw INSERTs in clear, one transaction per enrolment. No SPEC target: reported for capacity.
public static class EnrolmentScenario
{
    public static async Task RunAsync(BenchStudy study, Report report, int count)
    {
        var today = study.Info.Today;
        await using var app = await study.StartAppAsync();
        Guid cohortId, regionId, teamId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            var cohort = new Cohort
            {
                Id = Guid.NewGuid(), Label = $"Cohort {today.Year} (benchmark)", Year = today.Year, InclusionStart = today.AddMonths(-6), InclusionEnd = today.AddMonths(6),
                TargetSize = count, IsOpen = true,
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            cohortId = cohort.Id;
            var region = await db.Regions.AsNoTracking().Include(r => r.ExpertTeams).Where(r => r.InStudy).OrderBy(r => r.Name).FirstAsync();
            regionId = region.Id;
            teamId = region.ExpertTeams[0].Id;
        }

        EnrolmentRequest Request(int n)
        {
            var surname = $"Benchmark{n.ToString(CultureInfo.InvariantCulture)}";
            var consentDay = today.AddDays(-1);
            return new EnrolmentRequest
            {
                CohortId = cohortId, InclusionDate = today, YouthGivenNames = "Sanne", YouthSurname = surname,
                DateOfBirth = today.AddYears(-14).AddDays(-40 - n % 300), Sex = Sex.Female,
                YouthAddress = "Dorpsstraat 1, Delft", YouthPhone = "06-12345678",
                RegionId = regionId, ExpertTeamId = teamId, ExpertTeamDiscussedOn = today.AddDays(-30),
                CurrentSetting = CareSetting.JeugdzorgPlus, PlacementStartedOn = today.AddDays(-60),
                Others =
                [
                    new PersonInput(PersonRole.ParentalAuthority, "Petra " + surname, "moeder", "Dorpsstraat 1, Delft", "06-11111111"),
                    new PersonInput(PersonRole.ParentalAuthority, "Kees " + surname, "vader", Phone: "06-22222222"),
                    new PersonInput(PersonRole.Professional, "Mr. De Vries", "Jeugdbescherming West", Phone: "070-1234567"),
                ],
                Consents = [new ConsentInput(0, consentDay, ConsentMethod.Paper), new ConsentInput(1, consentDay, ConsentMethod.InPerson), new ConsentInput(2, consentDay, ConsentMethod.InPerson)],
                InterviewerId = study.Info.Interviewers[n % study.Info.Interviewers.Count].Id,
            };
        }

        const int WarmUp = 5;
        async Task Enrol(int n)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<Enrolment>().EnrolAsync(Request(n));
            if (!result.Succeeded)
                throw new InvalidOperationException("Enrolment failed: " + string.Join("; ", result.Failures.Select(f => f.Render())) + string.Join("; ", result.Warnings.Select(w => w.Message.Render())));
        }
        for (var n = 0; n < WarmUp; n++) await Enrol(n);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        for (var n = WarmUp; n < WarmUp + count; n++) await Enrol(n);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;

        var waves = Enrolment.Schedule(await ScopedSettingsAsync(app.Services)).For(today);
        var sqlStarted = Stopwatch.GetTimestamp();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var sql = new Sql(connection, study.Provider);
            for (var n = 0; n < count; n++) await RawEnrolmentAsync(sql, connection, n, cohortId, regionId, teamId, today, waves, study.Info.Interviewers[n % study.Info.Interviewers.Count].Id);
        }
        var sqlSeconds = Stopwatch.GetElapsedTime(sqlStarted).TotalSeconds;
        await study.Database.RestoreAsync("settled");

        var rate = count / seconds;
        var sqlRate = count / sqlSeconds;
        report.Add(new ResultRow($"enrolment throughput with encryption + blind index ({count} enrolments, one after another)", "–",
            $"{rate.ToString("F0", CultureInfo.InvariantCulture)}/s ({Measure.Ms(seconds * 1000 / count)} each)",
            $"{sqlRate.ToString("F0", CultureInfo.InvariantCulture)}/s ({Measure.Ms(sqlSeconds * 1000 / count)} each)", sqlRate / rate, null,
            "SQL = the same rows in clear, no rules, no audit", $"{Measure.Ms(cpuSeconds * 1000 / count)} each"));
    }

    private static async Task<StudySettings> ScopedSettingsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>().StudySettings.AsNoTracking().SingleAsync();
    }

    private static async Task RawEnrolmentAsync(Sql sql, System.Data.Common.DbConnection connection, int n, Guid cohort, Guid region, Guid team, DateOnly today,
        IReadOnlyList<Web.Domain.Waves.PlannedWave> waves, Guid interviewer)
    {
        var now = DateTime.UtcNow;
        var caseId = Guid.NewGuid();
        await using var transaction = await connection.BeginTransactionAsync();
        await sql.ExecuteAsync("""
            INSERT INTO "Cases" ("Id","ResearchCode","CohortId","Status","RegionId","ExpertTeamId","ExpertTeamDiscussedOn","InclusionDate","AgeAtInclusion","Sex",
                "AssignedInterviewerId","IsDemo","ConsentState","BlindIndex","DateOfBirth","CreatedAtUtc","UpdatedAtUtc","Version")
            VALUES (@id,@code,@cohort,'Enrolled',@region,@team,@discussed,@today,14,'Female',@interviewer,@false,'Complete',12345,@dob,@now,@now,@version)
            """, transaction, ("@id", sql.Id(caseId)), ("@code", $"SQL-{today.Year}-{n:00000}"), ("@cohort", sql.Id(cohort)), ("@region", sql.Id(region)), ("@team", sql.Id(team)),
            ("@discussed", sql.Day(today.AddDays(-30))), ("@today", sql.Day(today)), ("@interviewer", sql.Id(interviewer)), ("@false", sql.Bool(false)),
            ("@dob", today.AddYears(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@now", sql.Instant(now)), ("@version", sql.Id(Guid.NewGuid())));
        var persons = new List<Guid>();
        string[][] people = [["Youth", "Sanne Benchmark", ""], ["ParentalAuthority", "Petra Benchmark", "moeder"], ["ParentalAuthority", "Kees Benchmark", "vader"], ["Professional", "Mr. De Vries", "Jeugdbescherming West"]];
        for (var p = 0; p < people.Length; p++)
        {
            var personId = Guid.NewGuid();
            persons.Add(personId);
            await sql.ExecuteAsync("""
                INSERT INTO "CasePersons" ("Id","CaseId","Role","SortOrder","IsActive","Name","Relation","Address","Phone")
                VALUES (@id,@case,@role,@order,@true,@name,@relation,'Dorpsstraat 1, Delft','06-12345678')
                """, transaction, ("@id", sql.Id(personId)), ("@case", sql.Id(caseId)), ("@role", people[p][0]), ("@order", p), ("@true", sql.Bool(true)), ("@name", people[p][1]), ("@relation", people[p][2]));
        }
        await sql.ExecuteAsync("""INSERT INTO "Placements" ("Id","CaseId","Setting","StartedOn","AgeAtStart","RecordedAtUtc") VALUES (@id,@case,'JeugdzorgPlus',@on,14,@now)""",
            transaction, ("@id", sql.Id(Guid.NewGuid())), ("@case", sql.Id(caseId)), ("@on", sql.Day(today.AddDays(-60))), ("@now", sql.Instant(now)));
        for (var p = 0; p < 3; p++)
        {
            await sql.ExecuteAsync("""
                INSERT INTO "ConsentRecords" ("Id","CaseId","PersonId","TemplateId","TemplateVersion","Language","TemplateSha256","GivenOn","AgeOfYouthAtConsent","Method","RecordedAtUtc")
                VALUES (@id,@case,@person,'toestemming',1,'nl','0000000000000000000000000000000000000000000000000000000000000000',@on,14,'Paper',@now)
                """, transaction, ("@id", sql.Id(Guid.NewGuid())), ("@case", sql.Id(caseId)), ("@person", sql.Id(persons[p])), ("@on", sql.Day(today.AddDays(-1))), ("@now", sql.Instant(now)));
        }
        await sql.ExecuteAsync("""INSERT INTO "Assignments" ("Id","CaseId","InterviewerId","AssignedAtUtc") VALUES (@id,@case,@interviewer,@now)""",
            transaction, ("@id", sql.Id(Guid.NewGuid())), ("@case", sql.Id(caseId)), ("@interviewer", sql.Id(interviewer)), ("@now", sql.Instant(now)));
        foreach (var wave in waves)
        {
            await sql.ExecuteAsync("""
                INSERT INTO "Waves" ("Id","CaseId","Label","Kind","MonthsAfterBaseline","DueOn","WindowOpensOn","WindowClosesOn","Status","ConsentBlocked")
                VALUES (@id,@case,@label,@kind,@months,@due,@opens,@closes,'Planned',@false)
                """, transaction, ("@id", sql.Id(Guid.NewGuid())), ("@case", sql.Id(caseId)), ("@label", wave.Label), ("@kind", wave.Kind.ToString()), ("@months", wave.MonthsAfterBaseline),
                ("@due", sql.Day(wave.DueOn)), ("@opens", sql.Day(wave.WindowOpensOn)), ("@closes", sql.Day(wave.WindowClosesOn)), ("@false", sql.Bool(false)));
        }
        await transaction.CommitAsync();
    }
}
