using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

// SPEC §2.6: each saved interview keeps working after a protocol changes version. The study ships
// t0-youth v2 next to v1: a new interview gets v2, a saved v1 interview still opens, shows and
// saves against v1.
public sealed class ProtocolVersionTests : IDisposable
{
    private readonly TempFolder _protocols = new();
    private readonly AppFactory _app;

    public ProtocolVersionTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "protocols")))
            File.Copy(file, Path.Combine(_protocols.Path, Path.GetFileName(file)));
        var v1 = File.ReadAllText(Path.Combine(_protocols.Path, "t0-youth.v1.yaml"));
        var v2 = v1
            .Replace("version: 1", "version: 2", StringComparison.Ordinal)
            .Replace("label: Welk cijfer geef je je leven op dit moment?", "label: Welk rapportcijfer geef je je leven nu?", StringComparison.Ordinal)
            .Replace("      - id: life_story\n", "      - id: hobby\n        type: text\n        label: Wat doe je graag in je vrije tijd?\n      - id: life_story\n", StringComparison.Ordinal);
        Assert.NotEqual(v1, v2);
        File.WriteAllText(Path.Combine(_protocols.Path, "t0-youth.v2.yaml"), v2);
        _app = new AppFactory(settings: new Dictionary<string, string?> { ["Study:ProtocolsFolder"] = _protocols.Path });
    }

    [Fact]
    public async Task A_saved_interview_keeps_its_protocol_version_while_a_new_one_gets_the_current_version()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(_app);
        var old = await FieldworkData.CaseAsync(_app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1));
        var fresh = await FieldworkData.CaseAsync(_app, user.Id, new DateOnly(2012, 5, 1), new DateOnly(2026, 10, 1));
        await _app.WithDbAsync(async db =>
        {
            var wave = await db.Waves.SingleAsync(w => w.CaseId == old.Id && w.Label == "T0");
            db.Interviews.Add(new Interview
            {
                Id = Guid.NewGuid(), CaseId = old.Id, WaveId = wave.Id, Informant = Informant.Youth, Status = InterviewStatus.Draft, ProtocolId = "t0-youth", ProtocolVersion = 1,
                Answers = { new Answer { Id = Guid.NewGuid(), ItemId = "wellbeing", Value = "4" } },
            });
            await db.SaveChangesAsync();
        });

        var oldPage = await browser.PageAsync(FieldworkSetup.InterviewPath(old, "T0"));
        Assert.Contains("Protocol t0-youth, versie 1.", oldPage.QuerySelector("p.hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Welk cijfer geef je je leven op dit moment?", oldPage.QuerySelector("fieldset#item-wellbeing legend")!.TextContent, StringComparison.Ordinal);
        Assert.Null(oldPage.QuerySelector("fieldset#item-hobby"));
        Assert.True(((IHtmlInputElement)oldPage.QuerySelector("fieldset#item-wellbeing input[value='4']")!).IsChecked);
        var saved = await browser.PostFormAsync(oldPage, "form#interview-form", new() { ["Input.Answers[wellbeing]"] = "5" }, "form#interview-form button[formaction*='handler=Draft']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await _app.DbAsync(db => db.Interviews.Where(i => i.CaseId == old.Id).Select(i => i.ProtocolVersion).SingleAsync()));

        var newPage = await browser.PageAsync(FieldworkSetup.InterviewPath(fresh, "T0"));
        Assert.Contains("Protocol t0-youth, versie 2.", newPage.QuerySelector("p.hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(newPage.QuerySelector("fieldset#item-hobby textarea"));
        await browser.PostFormAsync(newPage, "form#interview-form", new() { ["Input.Answers[hobby]"] = "Voetbal" }, "form#interview-form button[formaction*='handler=Draft']");
        Assert.Equal(2, await _app.DbAsync(db => db.Interviews.Where(i => i.CaseId == fresh.Id).Select(i => i.ProtocolVersion).SingleAsync()));
    }

    public void Dispose()
    {
        _app.Dispose();
        _protocols.Dispose();
    }
}
