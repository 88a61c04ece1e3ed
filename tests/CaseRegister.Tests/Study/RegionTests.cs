using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Study;

public class RegionTests
{
    private static Task<Region?> RegionAsync(AppFactory app, string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Regions.AsNoTracking().Include(r => r.ExpertTeams).FirstOrDefaultAsync(r => r.Name == name));

    private static Task<Region> RegionAsync(AppFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Regions.AsNoTracking().Include(r => r.ExpertTeams).SingleAsync(r => r.Id == id));

    private static Task<List<string>> AuditActionsAsync(AppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());

    private static string Errors(IHtmlDocument page) => page.QuerySelector(".errors")?.TextContent ?? "";

    [Fact]
    public async Task A_region_of_any_landsdeel_is_added_with_its_expert_team_and_audited()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await browser.SubmitAsync("/Study/Regions", new() { ["NewRegion.Name"] = "Twente", ["NewRegion.Landsdeel"] = "Oost", ["NewRegion.InStudy"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var region = await RegionAsync(app, "Twente");
        Assert.NotNull(region);
        Assert.Equal(("Oost", true), (region.Landsdeel, region.InStudy));
        Assert.Equal("Regionaal expertteam Twente", Assert.Single(region.ExpertTeams).Name);
        Assert.Contains("study.region.create", await AuditActionsAsync(app));
        var list = await browser.PageAsync("/Study/Regions");
        Assert.Contains(list.QuerySelectorAll("tbody th a"), a => a.TextContent == "Twente");
    }

    [Fact]
    public async Task A_region_name_is_required_and_unique_regardless_of_case()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var empty = await browser.SubmitAsync("/Study/Regions", new() { ["NewRegion.Name"] = " ", ["NewRegion.Landsdeel"] = "Oost" });
        var taken = await browser.SubmitAsync("/Study/Regions", new() { ["NewRegion.Name"] = "haaglanden", ["NewRegion.Landsdeel"] = "Zuid-West" });

        Assert.Contains("Vul de naam van de regio in.", Errors(await TestBrowser.ParseAsync(empty)), StringComparison.Ordinal);
        Assert.Contains("Er bestaat al een regio met de naam haaglanden.", Errors(await TestBrowser.ParseAsync(taken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_is_renamed_and_taken_out_of_the_study_after_which_enrolment_from_it_is_refused()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var path = $"/Study/Regions/Edit/{place.RegionId}";

        var response = await browser.SubmitAsync(path, new() { ["Input.Name"] = "Haaglanden-Oost", ["Input.Landsdeel"] = "Zuid-West", ["Input.InStudy"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var region = await RegionAsync(app, place.RegionId);
        Assert.Equal(("Haaglanden-Oost", false), (region.Name, region.InStudy));
        var refused = await StudyData.EnrolAsync(app, change: r => r with { RegionId = place.RegionId, ExpertTeamId = place.ExpertTeamId });
        Assert.Contains(refused.Failures, f => f.Field == "Input.RegionId");
        Assert.Contains("study.region.update", await AuditActionsAsync(app));
    }

    [Fact]
    public async Task Expert_teams_are_added_renamed_and_deactivated_and_a_deactivated_team_cannot_be_chosen()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var path = $"/Study/Regions/Edit/{place.RegionId}";

        var added = await browser.SubmitAsync(path, new() { ["NewTeamName"] = "Expertteam Jeugd Delft" }, handler: "AddTeam");
        var renamed = await browser.SubmitAsync(path, new() { ["teamId"] = place.ExpertTeamId.ToString(), ["teamName"] = "RET Haaglanden" }, handler: "RenameTeam");
        var deactivated = await browser.SubmitAsync(path, new() { ["teamId"] = place.ExpertTeamId.ToString() }, handler: "DeactivateTeam");

        Assert.All(new[] { added, renamed, deactivated }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var teams = (await RegionAsync(app, place.RegionId)).ExpertTeams;
        Assert.Contains(teams, t => t.Name == "Expertteam Jeugd Delft" && t.IsActive);
        Assert.Contains(teams, t => t.Id == place.ExpertTeamId && t.Name == "RET Haaglanden" && !t.IsActive);
        var refused = await StudyData.EnrolAsync(app, change: r => r with { ExpertTeamId = place.ExpertTeamId });
        Assert.Contains(refused.Failures, f => f.Field == "Input.ExpertTeamId");
        var actions = await AuditActionsAsync(app);
        Assert.Contains("study.team.create", actions);
        Assert.Contains("study.team.update", actions);
        Assert.Contains("study.team.deactivate", actions);
    }

    [Fact]
    public async Task A_duplicate_team_name_in_the_region_is_refused_and_the_typed_name_kept()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var path = $"/Study/Regions/Edit/{place.RegionId}";
        await browser.SubmitAsync(path, new() { ["NewTeamName"] = "Tweede team" }, handler: "AddTeam");

        var response = await browser.SubmitAsync(path, new() { ["teamId"] = place.ExpertTeamId.ToString(), ["teamName"] = "tweede TEAM" }, handler: "RenameTeam");

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var input = (IHtmlInputElement)page.QuerySelector($"#team-{place.ExpertTeamId:N}")!;
        Assert.Equal("tweede TEAM", input.Value);
        Assert.Contains("al een expertteam met de naam tweede TEAM", page.QuerySelector($"#team-{place.ExpertTeamId:N}-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_and_a_team_in_use_by_a_case_cannot_be_deleted()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app);
        var place = await StudyData.PrepareAsync(app);
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var path = $"/Study/Regions/Edit/{place.RegionId}";

        var region = await browser.SubmitAsync(path, new(), handler: "Delete");
        var team = await browser.SubmitAsync(path, new() { ["teamId"] = place.ExpertTeamId.ToString() }, handler: "DeleteTeam");

        Assert.Equal(HttpStatusCode.OK, region.StatusCode);
        Assert.Contains("kan niet worden verwijderd: 1 casus(sen) horen erbij", Errors(await TestBrowser.ParseAsync(region)), StringComparison.Ordinal);
        Assert.Contains("kan niet worden verwijderd: het is vastgelegd bij 1 casus(sen). Zet het team op inactief", Errors(await TestBrowser.ParseAsync(team)), StringComparison.Ordinal);
        Assert.Single((await RegionAsync(app, place.RegionId)).ExpertTeams);
    }

    [Fact]
    public async Task An_unused_region_is_deleted_with_its_teams()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        await browser.SubmitAsync("/Study/Regions", new() { ["NewRegion.Name"] = "Drenthe", ["NewRegion.Landsdeel"] = "Noord" });
        var id = (await RegionAsync(app, "Drenthe"))!.Id;

        var response = await browser.SubmitAsync($"/Study/Regions/Edit/{id}", new(), handler: "Delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await RegionAsync(app, "Drenthe"));
        Assert.Contains("study.region.delete", await AuditActionsAsync(app));
    }

    [Fact]
    public async Task A_team_of_another_region_cannot_be_changed_through_this_region()
    {
        using var app = new AppFactory();
        var place = await StudyData.PrepareAsync(app);
        var other = (await RegionAsync(app, "Rotterdam-Rijnmond"))!;
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await browser.SubmitAsync($"/Study/Regions/Edit/{other.Id}", new() { ["teamId"] = place.ExpertTeamId.ToString() }, handler: "DeactivateTeam");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await RegionAsync(app, place.RegionId)).ExpertTeams.Single(t => t.Id == place.ExpertTeamId).IsActive);
    }
}
