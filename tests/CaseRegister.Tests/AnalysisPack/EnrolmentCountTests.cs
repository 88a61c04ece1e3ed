using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// Family 1 is counted by grouped queries in the database; the rest of the catalogue works from
// per-youth facts. Both must apply the same rule for the setting at inclusion, including the
// cases the fixed study does not have: a youth placed only after inclusion, one never placed,
// and one with two placements before inclusion.
public class EnrolmentCountTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Enrolment_counted_in_the_database_equals_the_per_youth_rule(DatabaseProvider provider)
    {
        using var host = new AppFactory(provider);
        var inclusion = new DateOnly(2025, 6, 1);
        await host.WithDbAsync(async db =>
        {
            var cohort = new Cohort { Id = Guid.NewGuid(), Label = "Cohort 2025", Year = 2025, InclusionStart = new(2025, 1, 1), InclusionEnd = new(2025, 12, 31), TargetSize = 10 };
            db.Cohorts.Add(cohort);
            var region = await db.Regions.Include(r => r.ExpertTeams).FirstAsync(r => r.Name == "Haaglanden");
            (CareSetting Setting, int DaysFromInclusion)[][] histories =
            [
                [(CareSetting.Jji, -20)],
                [(CareSetting.Obc, 10)],
                [],
                [(CareSetting.JGgz, -90), (CareSetting.JeugdzorgPlus, -5), (CareSetting.OpenResidential, 30)],
                [(CareSetting.Home, -3)],
            ];
            for (var i = 0; i < histories.Length; i++)
            {
                var id = Guid.NewGuid();
                db.Cases.Add(new Case
                {
                    Id = id, ResearchCode = $"ZW-2025-{i + 1:D3}", CohortId = cohort.Id, Status = CaseStatus.Active, RegionId = region.Id,
                    ExpertTeamId = region.ExpertTeams[0].Id, ExpertTeamDiscussedOn = new(2025, 5, 1), InclusionDate = inclusion,
                    AgeAtInclusion = 8 + i * 3, Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
                });
                foreach (var (setting, days) in histories[i])
                    db.Placements.Add(new Placement { Id = Guid.NewGuid(), CaseId = id, Setting = setting, StartedOn = inclusion.AddDays(days), AgeAtStart = 8 + i * 3 });
            }
            await db.SaveChangesAsync();
        });

        var data = await host.WithScopeAsync(sp => PackQueries.LoadAsync(sp.GetRequiredService<CaseRegisterDbContext>(),
            new PackSelection([2025], []), sp.GetRequiredService<StudyFiles>().Protocols.Codebook));

        static IEnumerable<string> Rows(IEnumerable<EnrolmentCount> counts) =>
            counts.Select(c => $"{c.Dimension} {c.Code} {c.Youths}").Order(StringComparer.Ordinal);
        Assert.Equal(Rows(EnrolmentCount.FromCases(data.Cases, data.Placements)), Rows(data.Enrolment));
        Assert.Equal(
            ["setting JeugdzorgPlus 1", "setting Jji 1", "setting Obc 1", "setting Other 2"],
            Rows(data.Enrolment.Where(c => c.Dimension == "setting")));
        Assert.Equal(5, data.Enrolment.Where(c => c.Dimension == "region").Sum(c => c.Youths));
    }
}
