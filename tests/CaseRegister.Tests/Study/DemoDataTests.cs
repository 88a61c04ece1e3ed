using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Study;

public class DemoDataTests
{
    [Fact]
    public async Task Demo_data_enrols_N_clearly_fake_demo_cases_spread_over_the_cohorts_and_assigned_to_existing_interviewers()
    {
        using var app = new AppFactory();
        var interviewers = new[] { await app.CreateUserAsync(Roles.Interviewer), await app.CreateUserAsync(Roles.Interviewer) };
        // A year later the study (started 01-01-2026) has two inclusion years.
        app.Clock.Advance(TimeSpan.FromDays(365));

        var result = await DemoData.RunAsync(app.Services, new DemoDataOptions(24, Seed: 7), TextWriter.Null);

        Assert.Equal(24, result.CaseIds.Count);
        Assert.Equal(new[] { (2026, 12), (2027, 12) }, result.PerCohort.Select(c => (c.Year, c.Cases)));
        var cases = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.AsNoTracking()
            .Include(c => c.Persons).Include(c => c.Placements).Include(c => c.Consents).Include(c => c.Waves).ToListAsync());
        Assert.Equal(24, cases.Count);
        Assert.All(cases, c =>
        {
            Assert.True(c.IsDemo);
            Assert.InRange(c.AgeAtInclusion, 8, 19);
            Assert.Contains(c.AssignedInterviewerId!.Value, interviewers.Select(i => i.Id));
            // The placement at inclusion; later ones come from follow-up interviews (DemoFieldworkTests).
            Assert.True(Assert.Single(c.Placements, p => p.WaveId is null).Setting.IsIntensive());
            Assert.Contains(c.ConsentState, new[] { ConsentStatusKind.Complete, ConsentStatusKind.MilestoneDue });
            // Consent precedes inclusion, except the youth's own re-consent after a 12th, 16th or 18th birthday.
            Assert.All(c.Consents, consent => Assert.True(consent.GivenOn <= c.InclusionDate || consent.AgeOfYouthAtConsent is 12 or 16 or 18, $"consent of {consent.GivenOn} after inclusion on {c.InclusionDate}"));
            Assert.NotEmpty(c.Waves);
            Assert.All(c.Persons, p => Assert.Contains("(demo)", p.Name, StringComparison.Ordinal));
            Assert.All(c.Persons.Where(p => p.Phone is not null), p => Assert.StartsWith("06-0", p.Phone, StringComparison.Ordinal));
        });
        Assert.True(cases.Select(c => c.Sex).Distinct().Count() > 1);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Equal(24, actions.Count(a => a == "case.create"));
        Assert.Contains("demo-data", actions);
    }

    [Fact]
    public async Task Demo_data_refuses_a_database_that_holds_a_real_case_and_changes_nothing()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app);

        var refusal = await Assert.ThrowsAsync<DemoDataRefusedException>(() => DemoData.RunAsync(app.Services, new DemoDataOptions(5, 1), TextWriter.Null));
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["demo-data", "--cases", "5", "--Storage:DataFolder", app.DataFolder], new StringWriter(), error);

        Assert.Contains("1 real (non-demo) case", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains("demo-data: this database holds 1 real (non-demo) case", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.CountAsync()));
    }

    [Fact]
    public async Task The_command_fills_a_new_database_and_prints_cases_per_cohort()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["demo-data", "--cases", "3", "--seed", "11", "--Storage:DataFolder", folder.Path], output, error);

        Assert.True(exit == CommandLine.Ok, error.ToString());
        Assert.Contains("Enrolled 3 demo cases", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"Cohort \d{4}\s+3", output.ToString());
        Assert.Contains("No interviewer accounts exist", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-data", "--cases is required")]
    [InlineData("demo-data --cases 0", "--cases must be a whole number from 1 to 100000, not '0'")]
    [InlineData("demo-data --cases many", "not 'many'")]
    [InlineData("demo-data --cases", "--cases needs a value")]
    [InlineData("demo-data --cases 5 --seed x", "--seed must be a whole number")]
    [InlineData("demo-data --cases 5 --case 6", "unknown option '--case'")]
    public async Task Bad_arguments_print_usage_and_exit_with_2(string command, string message)
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(command.Split(' '), new StringWriter(), error);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("demo-data --cases N", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_youths_are_8_to_19_at_inclusion_and_some_approach_their_12th_or_18th_birthday()
    {
        var today = new DateOnly(2026, 11, 2);
        var generator = new Web.Study.DemoCases(1, today, [new Web.Study.DemoRegion(Guid.NewGuid(), [Guid.NewGuid()])], [], Policy());
        var cohort = new Web.Study.DemoCohort(Guid.NewGuid(), "Cohort 2026", 2026, new DateOnly(2026, 2, 4), today);

        var requests = Enumerable.Range(0, 500).Select(_ => generator.Next(cohort)).ToList();

        Assert.All(requests, r => Assert.InRange(Age.InYears(r.DateOfBirth, r.InclusionDate), 8, 19));
        Assert.All(requests, r => Assert.All(r.Consents, c => Assert.True(c.GivenOn <= today)));
        Assert.All(requests, r => Assert.True(r.CurrentSetting!.Value.IsIntensive()));
        bool Approaching(DateOnly dateOfBirth, int age) => Age.Birthday(dateOfBirth, age) is var birthday && birthday > today && birthday <= today.AddDays(56);
        var approaching = requests.Count(r => Approaching(r.DateOfBirth, 12) || Approaching(r.DateOfBirth, 18));
        Assert.InRange(approaching, 10, 100);
    }

    private static ConsentPolicy Policy() => ConsentPolicy.Load(Path.Combine(RepoPaths.Root, "protocols", "consent-policy.yaml"));

    [Fact]
    public void The_same_seed_gives_the_same_cases()
    {
        var regions = new[] { new Web.Study.DemoRegion(Guid.NewGuid(), [Guid.NewGuid()]) };
        var cohort = new Web.Study.DemoCohort(Guid.NewGuid(), "Cohort 2026", 2026, new DateOnly(2026, 2, 4), new DateOnly(2026, 11, 2));
        var policy = Policy();

        string Names(int seed)
        {
            var generator = new Web.Study.DemoCases(seed, new DateOnly(2026, 11, 2), regions, [], policy);
            return string.Join("|", Enumerable.Range(0, 5).Select(_ => generator.Next(cohort)).Select(r => $"{r.YouthGivenNames} {r.YouthSurname} {r.DateOfBirth}"));
        }

        Assert.Equal(Names(3), Names(3));
        Assert.NotEqual(Names(3), Names(4));
    }
}
