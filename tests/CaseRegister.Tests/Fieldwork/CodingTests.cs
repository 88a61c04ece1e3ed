using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public class CodingTests(CodingTests.Host app) : IClassFixture<CodingTests.Host>
{
    public sealed class Host : AppFactory;

    private static readonly DateOnly Born = new(2010, 1, 15);

    [Fact]
    public async Task A_code_is_applied_to_an_interview_passage_with_a_memo_listed_and_removed_again()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born, new DateOnly(2026, 10, 1));
        var interviewId = await InterviewWithNoteAsync(c, "T0", "Niemand luisterde naar wat ik zelf wilde");
        var path = $"/Cases/Coding?id={c.Id}&wave=T0";

        var page = await browser.PageAsync(path);
        Assert.Contains("Niemand luisterde naar wat ik zelf wilde", page.QuerySelector("details.fragment")!.TextContent, StringComparison.Ordinal);
        var added = await browser.PostFormAsync(page, "form#add-code", new()
        {
            ["Input.CodeId"] = "recognition",
            ["Input.Fragment"] = $"{interviewId}:life_story",
            ["Input.Memo"] = "Gevoel niet gehoord te worden bij plaatsing",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var segment = await app.DbAsync(db => db.CodedSegments.AsNoTracking().SingleAsync(s => s.CaseId == c.Id));
        Assert.Equal(("recognition", (Guid?)interviewId, "life_story", "Gevoel niet gehoord te worden bij plaatsing"), (segment.CodeId, segment.InterviewId, segment.ItemId, segment.Memo));
        var listed = await browser.PageAsync(path);
        var row = listed.QuerySelector("table tbody tr")!;
        Assert.Contains("Jongere – Wat zijn belangrijke dingen", row.TextContent, StringComparison.Ordinal);

        var removed = await browser.PostFormAsync(listed, "form.remove-code", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.DbAsync(db => db.CodedSegments.AnyAsync(s => s.CaseId == c.Id)));
        Assert.Equal(["coding.create", "coding.delete"], (await FieldworkSetup.AuditActionsAsync(app, user.Id)).Where(a => a.StartsWith("coding.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_code_that_is_not_in_the_codebook_is_refused()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, Born, new DateOnly(2026, 10, 1));

        var response = await browser.PostFormAsync($"/Cases/Coding?id={c.Id}&wave=T0", "form#add-code", new() { ["Input.CodeId"] = "made_up" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("De code 'made_up' staat niet in het codeboek. Kies een code uit de lijst.", (await TestBrowser.ParseAsync(response)).QuerySelector("#code-error")!.TextContent);
        Assert.False(await app.DbAsync(db => db.CodedSegments.AnyAsync(s => s.CaseId == c.Id)));
    }

    [Fact]
    public async Task The_codes_overview_counts_youths_per_code_and_wave_lists_their_research_codes_and_filters_by_cohort()
    {
        var interviewer = await app.CreateUserAsync(Roles.Interviewer);
        var cohortA = await FieldworkData.CohortAsync(app, yearsBack: 1);
        var cohortB = await FieldworkData.CohortAsync(app, yearsBack: 2);
        var a = await FieldworkData.CaseAsync(app, interviewer.Id, Born, new DateOnly(2026, 3, 1), cohortA);
        var b = await FieldworkData.CaseAsync(app, interviewer.Id, Born, new DateOnly(2026, 3, 1), cohortA);
        var other = await FieldworkData.CaseAsync(app, interviewer.Id, Born, new DateOnly(2026, 3, 1), cohortB);
        // Youth A has 'blame' twice in T0 (two passages) and once in T6; B once in T0.
        await CodeAsync(a, "T0", "blame");
        await CodeAsync(a, "T0", "blame");
        await CodeAsync(a, "T6", "blame");
        await CodeAsync(b, "T0", "blame");
        await CodeAsync(b, "T0", "dependency");
        await CodeAsync(other, "T0", "blame");
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var page = await coordinator.PageAsync($"/Cases/Codes?cohort={cohortA}");

        var blame = page.QuerySelector("tr[data-code='blame']")!;
        Assert.Equal("2", blame.QuerySelector("td[data-wave='T0']")!.TextContent);
        Assert.Equal("1", blame.QuerySelector("td[data-wave='T6']")!.TextContent);
        Assert.Equal("2", blame.QuerySelector("td.total")!.TextContent);
        Assert.Equal(string.Join(", ", new[] { a.ResearchCode, b.ResearchCode }.Order(StringComparer.Ordinal)), blame.QuerySelector("td.research-codes")!.TextContent);
        Assert.Equal(b.ResearchCode, page.QuerySelector("tr[data-code='dependency'] td.research-codes")!.TextContent);
        Assert.Equal("0", page.QuerySelector("tr[data-code='truth'] td[data-wave='T0']")!.TextContent);

        var all = await coordinator.PageAsync("/Cases/Codes");
        Assert.Equal(string.Join(", ", new[] { a.ResearchCode, b.ResearchCode, other.ResearchCode }.Order(StringComparer.Ordinal)), all.QuerySelector("tr[data-code='blame'] td.research-codes")!.TextContent);
    }

    private Task CodeAsync(SeededCase c, string wave, string code) => app.WithDbAsync(async db =>
    {
        var waveId = await db.Waves.Where(w => w.CaseId == c.Id && w.Label == wave).Select(w => w.Id).SingleAsync();
        db.CodedSegments.Add(new CodedSegment { Id = Guid.NewGuid(), CaseId = c.Id, WaveId = waveId, CodeId = code });
        await db.SaveChangesAsync();
    });

    private async Task<Guid> InterviewWithNoteAsync(SeededCase c, string wave, string note)
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var waveId = await db.Waves.Where(w => w.CaseId == c.Id && w.Label == wave).Select(w => w.Id).SingleAsync();
            db.Interviews.Add(new Interview
            {
                Id = id, CaseId = c.Id, WaveId = waveId, Informant = Informant.Youth, Status = InterviewStatus.Draft, ProtocolId = "t0-youth", ProtocolVersion = 1,
                Answers = { new Answer { Id = Guid.NewGuid(), ItemId = "life_story", Text = note } },
            });
            await db.SaveChangesAsync();
        });
        return id;
    }
}
