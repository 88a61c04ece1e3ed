using CaseRegister.Tests.Support;
using CaseRegister.Web;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.5: "the app refuses to start when encrypted data exist that the key ring cannot decrypt
// (no silent new key ring)". Security/KeyRingGuardTests covers a deleted key folder over a fresh
// database and a foreign key ring; here the database holds a real enrolled case, and the attacker
// (or a careless restore) empties the key folder, also removing the key sentinel.
public class Spec4_5_KeyRingAttacks
{
    private static async Task StartOverAsync(string dataFolder)
    {
        await using var app = AppHost.Build(["--Storage:DataFolder", dataFolder]);
        await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true);
    }

    [Fact] // SPEC §4.5
    public async Task An_emptied_key_folder_over_a_database_with_an_enrolled_case_stops_the_app_and_creates_no_key_also_without_the_sentinel()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app, surname: "Sleutel");
        var keys = Path.Combine(app.DataFolder, "keys");
        foreach (var file in Directory.GetFiles(keys)) File.Delete(file);

        var emptied = await Assert.ThrowsAsync<StartupException>(() => StartOverAsync(app.DataFolder));
        Assert.Contains("encrypted data", emptied.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(keys));

        // Removing the sentinel too does not make the database look new: the encrypted columns
        // of the case are found.
        await app.WithDbAsync(db => db.KeyMaterial.ExecuteDeleteAsync());
        var withoutSentinel = await Assert.ThrowsAsync<StartupException>(() => StartOverAsync(app.DataFolder));
        Assert.Contains("encrypted data", withoutSentinel.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(keys));
    }
}
