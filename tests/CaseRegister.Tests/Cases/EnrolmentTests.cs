using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Cases;

public class EnrolmentTests
{
    private static async Task<int> CountCasesAsync(AppFactory app) =>
        await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.CountAsync());

    [Fact]
    public async Task A_consented_youth_in_JZplus_is_enrolled_with_persons_consents_placement_assignment_and_waves()
    {
        using var app = new AppFactory();
        var interviewer = await app.CreateUserAsync(Web.Accounts.Roles.Interviewer);

        var (id, code) = await StudyData.CaseAsync(app, interviewerId: interviewer.Id);

        Assert.Matches(@"^ZW-2026-\d{3}$", code);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.AsNoTracking()
            .Include(c => c.Persons).Include(c => c.Consents).Include(c => c.Placements).Include(c => c.Assignments).Include(c => c.Waves)
            .SingleAsync(c => c.Id == id));
        Assert.Equal(4, stored.Persons.Count);
        Assert.Equal(3, stored.Consents.Count);
        Assert.All(stored.Consents, c => Assert.Matches("^[0-9a-f]{64}$", c.TemplateSha256));
        Assert.Equal(CareSetting.JeugdzorgPlus, Assert.Single(stored.Placements).Setting);
        Assert.Equal(interviewer.Id, Assert.Single(stored.Assignments).InterviewerId);
        Assert.Equal("T0", stored.Waves.OrderBy(w => w.DueOn).First().Label);
        Assert.Equal(Web.Consent.ConsentStatusKind.Complete, stored.ConsentState);
        Assert.Equal(14, stored.AgeAtInclusion);
    }

    [Fact]
    public async Task Research_codes_are_numbered_per_cohort_and_not_derived_from_identity()
    {
        using var app = new AppFactory();
        var first = await StudyData.CaseAsync(app, surname: "Jansen");
        var second = await StudyData.CaseAsync(app, surname: "Bakker");
        Assert.Equal("ZW-2026-001", first.ResearchCode);
        Assert.Equal("ZW-2026-002", second.ResearchCode);
    }

    [Fact]
    public async Task Every_failed_rule_is_reported_at_once_and_nothing_is_written()
    {
        using var app = new AppFactory();
        var today = app.Clock.Today;

        var result = await StudyData.EnrolAsync(app, dateOfBirth: today.AddYears(-7), change: r => r with
        {
            CurrentSetting = CareSetting.FosterCare,
            ExpertTeamDiscussedOn = today.AddDays(1),
        });

        Assert.False(result.Succeeded);
        var fields = result.Failures.Select(f => f.Field).ToList();
        Assert.Contains("Input.DateOfBirth", fields);
        Assert.Contains("Input.CareSetting", fields);
        Assert.Contains("Input.ExpertTeamDiscussedOn", fields);
        Assert.Equal(0, await CountCasesAsync(app));
    }

    [Fact]
    public async Task A_13_year_old_with_only_the_parents_consent_is_refused_naming_the_youth()
    {
        using var app = new AppFactory();
        var today = app.Clock.Today;

        var result = await StudyData.EnrolAsync(app, dateOfBirth: today.AddYears(-13).AddDays(-10), change: r => r with { Consents = r.Consents.Where(c => c.PersonIndex != 0).ToList() });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures, f => f.Field == "Input.Consent" && f.Render().Contains("jongere", StringComparison.Ordinal));
        Assert.Equal(0, await CountCasesAsync(app));
    }

    [Fact]
    public async Task An_11_year_old_with_one_of_two_parents_is_refused()
    {
        using var app = new AppFactory();
        var today = app.Clock.Today;

        var result = await StudyData.EnrolAsync(app, dateOfBirth: today.AddYears(-11).AddDays(-10), change: r => r with { Consents = r.Consents.Where(c => c.PersonIndex != 2).ToList() });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures, f => f.Field == "Input.Consent");
    }

    [Fact]
    public async Task A_closed_cohort_is_refused()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        await app.WithDbAsync(async db => { (await db.Cohorts.SingleAsync()).IsOpen = false; await db.SaveChangesAsync(); });

        var result = await StudyData.EnrolAsync(app);

        Assert.Contains(result.Failures, f => f.Field == "Input.CohortId");
    }

    [Fact]
    public async Task A_consent_dated_before_the_form_existed_is_refused()
    {
        using var app = new AppFactory();

        var result = await StudyData.EnrolAsync(app, change: r => r with { Consents = r.Consents.Select(c => c with { GivenOn = new DateOnly(2025, 12, 1) }).ToList() });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures, f => f.Field.StartsWith("Input.Consent", StringComparison.Ordinal) && f.Render().Contains("nog geen toestemmingsformulier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_possible_duplicate_needs_an_override_reason_which_is_audited()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app, dateOfBirth: new DateOnly(2012, 5, 1), surname: "Jansen");

        var refused = await StudyData.EnrolAsync(app, dateOfBirth: new DateOnly(2012, 5, 1), surname: "JÁNSEN ");
        var accepted = await StudyData.EnrolAsync(app, dateOfBirth: new DateOnly(2012, 5, 1), surname: "Jansen", change: r => r with { DuplicateOverrideReason = "Andere jongere: tweeling, besproken met RET." });

        Assert.False(refused.Succeeded);
        Assert.Equal(["ZW-2026-001"], refused.PossibleDuplicates);
        Assert.True(accepted.Succeeded);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("case.duplicate-check", actions);
        Assert.Contains("case.duplicate-override", actions);
    }

    [Fact]
    public async Task Identity_fields_are_encrypted_in_the_database()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app, surname: "Oosterhuis");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        foreach (var path in Directory.GetFiles(app.DataFolder, "caseregister.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            foreach (var secret in new[] { "Oosterhuis", "Dorpsstraat", "06-12345678", "Jeugdbescherming West" })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} found in {Path.GetFileName(path)}");
        }
    }
}
