using CaseRegister.Tests.Support;
using CaseRegister.Web;
using CaseRegister.Web.Security;

namespace CaseRegister.Tests.Fieldwork;

// SPEC §2.6: a protocol file with an error stops the app at start-up with file, line and what is
// wrong. The parser's messages are tested one by one in Protocols/; this is the start itself.
public class ProtocolStartupTests
{
    [Fact]
    public async Task A_shipped_protocol_edited_with_a_duplicate_item_id_stops_the_start_naming_file_line_and_item()
    {
        using var data = new TempFolder();
        using var protocols = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "protocols")))
            File.Copy(file, Path.Combine(protocols.Path, Path.GetFileName(file)));
        var path = Path.Combine(protocols.Path, "t0-youth.v1.yaml");
        var lines = File.ReadAllLines(path).ToList();
        // A second item further down that reuses the id of the first scale.
        var at = lines.FindIndex(l => l.Trim() == "- id: life_story");
        Assert.True(at > 0, "t0-youth.v1.yaml no longer has the life_story item this test edits");
        lines.InsertRange(at, ["      - id: wellbeing", "        type: yes_no", "        label: Dubbel"]);
        File.WriteAllLines(path, lines);
        await using var app = AppHost.Build(["--Storage:DataFolder", data.Path, "--Study:ProtocolsFolder", protocols.Path]);

        var error = await Assert.ThrowsAsync<StartupException>(() => AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true));

        Assert.Contains($"t0-youth.v1.yaml, regel {at + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains("wellbeing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }
}
