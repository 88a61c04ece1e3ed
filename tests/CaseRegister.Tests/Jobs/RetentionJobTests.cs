using CaseRegister.Tests.Support;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Jobs;

public class RetentionJobTests
{
    private static async Task EndAsync(AppFactory app, Guid caseId, CaseStatus status, DateOnly endedOn) =>
        await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.EndedOn, endedOn)));

    private static Task AddScanAsync(AppFactory app, Guid caseId) => app.WithDbAsync(async db =>
    {
        db.ConsentScans.Add(new ConsentScan { Id = Guid.NewGuid(), CaseId = caseId, ContentType = "application/pdf", SizeBytes = 4, Content = [1, 2, 3, 4], UploadedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Identity_data_are_destroyed_when_the_retention_period_has_passed_and_not_a_day_earlier()
    {
        using var app = new AppFactory();
        var (caseId, code) = await StudyData.CaseAsync(app);
        var (otherId, _) = await StudyData.CaseAsync(app, surname: "Bakker");
        await AddScanAsync(app, caseId);
        var endedOn = app.Clock.Today;
        await EndAsync(app, caseId, CaseStatus.Completed, endedOn);
        var erasure = endedOn.AddMonths(12);

        app.MoveTo(erasure.AddDays(-1));
        var early = await app.RunOkAsync<RetentionJob>();
        Assert.Contains("\"identitiesErased\":0", early.Counts, StringComparison.Ordinal);
        var kept = await app.DbAsync(db => db.Cases.Include(c => c.Persons).SingleAsync(c => c.Id == caseId));
        Assert.NotNull(kept.DateOfBirth);
        Assert.NotNull(kept.BlindIndex);
        Assert.All(kept.Persons, p => Assert.NotNull(p.Name));
        Assert.Equal(1, await app.DbAsync(db => db.ConsentScans.CountAsync()));

        app.MoveTo(erasure);
        var run = await app.RunOkAsync<RetentionJob>();

        Assert.Contains("\"identitiesErased\":1", run.Counts, StringComparison.Ordinal);
        var erased = await app.DbAsync(db => db.Cases.Include(c => c.Persons).SingleAsync(c => c.Id == caseId));
        Assert.Null(erased.DateOfBirth);
        Assert.Null(erased.BlindIndex);
        Assert.NotNull(erased.IdentityErasedAtUtc);
        Assert.All(erased.Persons, p => Assert.True(p.Name is null && p.Relation is null && p.Address is null && p.Phone is null && p.Email is null));
        Assert.Equal(0, await app.DbAsync(db => db.ConsentScans.CountAsync()));
        // Research data stay: waves and consents are still there, and the other case is untouched.
        Assert.NotEmpty(await app.DbAsync(db => db.Waves.Where(w => w.CaseId == caseId).ToListAsync()));
        Assert.NotEmpty(await app.DbAsync(db => db.ConsentRecords.Where(r => r.CaseId == caseId).ToListAsync()));
        Assert.NotNull((await app.DbAsync(db => db.Cases.SingleAsync(c => c.Id == otherId))).DateOfBirth);
        var entry = await app.DbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "retention.identity-erased"));
        Assert.Equal(code, entry.ResearchCode);

        var before = await JobTestSupport.StateAsync(app);
        await app.RunOkAsync<RetentionJob>();
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }

    [Fact]
    public async Task A_withdrawn_case_keeps_its_identity_until_its_own_period_is_over()
    {
        using var app = new AppFactory();
        var (caseId, _) = await StudyData.CaseAsync(app);
        await app.WithDbAsync(async db =>
        {
            var settings = await db.StudySettings.SingleAsync();
            settings.IdentityRetentionMonths = 3;
            await db.SaveChangesAsync();
        });
        var withdrawnOn = app.Clock.Today.AddDays(5);
        await EndAsync(app, caseId, CaseStatus.Withdrawn, withdrawnOn);

        app.MoveTo(withdrawnOn.AddMonths(3).AddDays(-1));
        await app.RunOkAsync<RetentionJob>();
        Assert.NotNull((await app.DbAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).DateOfBirth);

        app.MoveTo(withdrawnOn.AddMonths(3));
        await app.RunOkAsync<RetentionJob>();
        Assert.Null((await app.DbAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).DateOfBirth);
    }

    [Fact]
    public async Task Research_data_are_deleted_after_the_research_retention_period_leaving_a_tombstone_per_case()
    {
        using var app = new AppFactory();
        var (caseId, code) = await StudyData.CaseAsync(app);
        await StudyData.CaseAsync(app, surname: "Bakker");
        await app.RunOkAsync<RecontactPlannerJob>();
        await AddScanAsync(app, caseId);
        var studyEnd = await app.DbAsync(async db =>
        {
            var settings = await db.StudySettings.SingleAsync();
            settings.DurationYears = 1;
            settings.ResearchRetentionYears = 1;
            await db.SaveChangesAsync();
            return settings.StudyEnd;
        });

        app.MoveTo(studyEnd.AddYears(1));
        var early = await app.RunOkAsync<RetentionJob>();
        Assert.Contains("\"casesDeleted\":0", early.Counts, StringComparison.Ordinal);
        Assert.Equal(2, await app.DbAsync(db => db.Cases.CountAsync()));

        app.MoveTo(studyEnd.AddYears(1).AddDays(1));
        var run = await app.RunOkAsync<RetentionJob>();

        Assert.Contains("\"casesDeleted\":2", run.Counts, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.Waves.CountAsync() ));
        Assert.Equal(0, await app.DbAsync(db => db.CaseTasks.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.CasePersons.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.ConsentScans.CountAsync()));
        Assert.Contains(code, await app.DbAsync(db => db.ErasedCases.Select(e => e.ResearchCode).ToListAsync()));
        Assert.Equal(2, await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "retention.research-deleted")));

        var before = await JobTestSupport.StateAsync(app);
        await app.RunOkAsync<RetentionJob>();
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }
}
