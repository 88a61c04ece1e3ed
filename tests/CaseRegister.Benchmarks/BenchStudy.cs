using System.Security.Claims;
using System.Text.Json;
using CaseRegister.Web;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseRegister.Benchmarks;

// A generated study ready for the scenarios: snapshot "raw" as generated (waves still planned,
// no contact tasks: the planner's catch-up), then one planner run, snapshot "settled" (the
// normal state every other scenario starts from).
public sealed class BenchStudy : IAsyncDisposable
{
    private const string InfoFile = "study.json";

    private BenchStudy(BenchDatabase database, StudyInfo info)
    {
        Database = database;
        Info = info;
    }

    public BenchDatabase Database { get; }
    public StudyInfo Info { get; }
    public DatabaseProvider Provider => Database.Provider;

    public static async Task<BenchStudy> PrepareAsync(DatabaseProvider provider, string? pg, int cases, string label, string? reuse = null, bool keep = false)
    {
        if (reuse is not null)
        {
            var existing = BenchDatabase.OpenExisting(provider, pg, label, reuse);
            if (keep) existing.Keep();
            var saved = JsonSerializer.Deserialize<StudyInfo>(await File.ReadAllTextAsync(Path.Combine(existing.Folder, InfoFile)))!;
            await existing.RestoreAsync("settled");
            Console.WriteLine($"Reusing {existing.Folder}: {saved.Summary}");
            return new BenchStudy(existing, saved);
        }
        var database = await BenchDatabase.CreateAsync(provider, pg, label);
        if (keep) database.Keep();
        try
        {
            Console.WriteLine($"Generating {cases:N0} cases on {database.ProviderLabel} ...");
            var info = await NationalStudy.GenerateAsync(database, cases);
            Console.WriteLine($"  {info.Summary}");
            await database.SnapshotAsync("raw");
            var study = new BenchStudy(database, info);
            await using (var app = await study.StartAppAsync())
            {
                var seconds = await PlannerScenario.RunPlannerAsync(app.Services, info.Today);
                Console.WriteLine($"  first planner run (settles the generated waves): {seconds:F1} s");
            }
            await database.AnalyzeAsync();
            await database.SnapshotAsync("settled");
            await File.WriteAllTextAsync(Path.Combine(database.Folder, InfoFile), JsonSerializer.Serialize(info));
            return study;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    // The app's services over this database, as the web app and the command line build them.
    public async Task<WebApplication> StartAppAsync()
    {
        var app = AppHost.Build(Database.AppArgs());
        await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: false);
        return app;
    }

    // A signed-in user as the cookie handler presents it to a page: id and role claims.
    public static ClaimsPrincipal Principal(BenchUser user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Role, user.Role)], "benchmark"));

    // The page model as Razor Pages runs it for a GET, minus the HTML: same class, same query code.
    public static T Page<T>(T model, ClaimsPrincipal user, IServiceProvider services) where T : PageModel
    {
        model.PageContext = new PageContext { HttpContext = new DefaultHttpContext { User = user, RequestServices = services } };
        return model;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
