using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;

namespace CaseRegister.Tests.Study;

public class ScratchDump
{
    [Fact]
    public async Task Dump()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        await StudyData.CaseAsync(app);
        var b = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        foreach (var (name, path) in new[] { ("settings", "/Study"), ("regions", "/Study/Regions"), ("region", $"/Study/Regions/Edit/{place.RegionId}"), ("cohorts", "/Study/Cohorts"), ("cohort", $"/Study/Cohorts/Edit/{place.CohortId}") })
        {
            var r = await b.GetAsync(path);
            await File.WriteAllTextAsync($"/tmp/st/{name}.html", await r.Content.ReadAsStringAsync());
        }
        var bad = await b.SubmitAsync("/Study", new() { ["Input.StudyName"] = "", ["Input.DisclosureThreshold"] = "4", ["Input.ContactWindowWeeks"] = "12" });
        await File.WriteAllTextAsync("/tmp/st/settings-bad.html", await bad.Content.ReadAsStringAsync());
        var lang = await b.SubmitAsync("/Language", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Study" }, getPath: "/Study");
        var en = await b.GetAsync("/Study/Cohorts");
        await File.WriteAllTextAsync("/tmp/st/cohorts-en.html", await en.Content.ReadAsStringAsync());
    }
}
