using CaseRegister.Tests.Support;
using CaseRegister.Web;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Security;

namespace CaseRegister.Tests.Security;

public class KeyRingGuardTests
{
    private static string[] Settings(string dataFolder, string? keys = null, string? contentRoot = null)
    {
        var args = new List<string> { "--Storage:DataFolder", dataFolder };
        if (keys is not null) args.AddRange(["--Encryption:KeysFolder", keys]);
        if (contentRoot is not null) args.AddRange(["--contentRoot", contentRoot]);
        return [.. args];
    }

    private static async Task StartAsync(string[] settings)
    {
        await using var app = AppHost.Build(settings);
        await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true);
    }

    [Fact]
    public async Task First_start_on_an_empty_database_creates_the_key_ring_and_a_restart_verifies_it()
    {
        using var data = new TempFolder();
        await StartAsync(Settings(data.Path));
        var keyFiles = Directory.GetFiles(Path.Combine(data.Path, "keys"));
        Assert.Single(keyFiles);

        await StartAsync(Settings(data.Path));
        Assert.Equal(keyFiles, Directory.GetFiles(Path.Combine(data.Path, "keys")));
    }

    [Fact]
    public async Task A_deleted_key_folder_stops_the_app_and_no_new_key_appears()
    {
        using var data = new TempFolder();
        await StartAsync(Settings(data.Path));
        Directory.Delete(Path.Combine(data.Path, "keys"), recursive: true);

        var error = await Assert.ThrowsAsync<StartupException>(() => StartAsync(Settings(data.Path)));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Restore", error.Message, StringComparison.Ordinal);
        var keys = Path.Combine(data.Path, "keys");
        Assert.True(!Directory.Exists(keys) || Directory.GetFiles(keys).Length == 0, "a new key file was created over existing data");
    }

    [Fact]
    public async Task Another_key_ring_over_the_same_database_is_refused()
    {
        using var data = new TempFolder();
        using var otherKeys = new TempFolder();
        await StartAsync(Settings(data.Path));
        new FieldKeyRing(new EncryptionOptions { KeysFolder = otherKeys.Path }).CreateKey();

        var error = await Assert.ThrowsAsync<StartupException>(() => StartAsync(Settings(data.Path, keys: otherKeys.Path)));

        Assert.Contains("cannot decrypt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moved_content_root_still_decrypts()
    {
        using var data = new TempFolder();
        using var rootA = new TempFolder();
        using var rootB = new TempFolder();
        await StartAsync(Settings(data.Path, contentRoot: rootA.Path));

        await StartAsync(Settings(data.Path, contentRoot: rootB.Path));

        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["keys", "verify", .. Settings(data.Path, contentRoot: rootB.Path)], output, new StringWriter()));
        Assert.Contains("decrypts this database", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_verify_fails_with_a_clear_message_when_the_ring_is_gone()
    {
        using var data = new TempFolder();
        await StartAsync(Settings(data.Path));
        Directory.Delete(Path.Combine(data.Path, "keys"), recursive: true);
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["keys", "verify", .. Settings(data.Path)], new StringWriter(), error);

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains("is empty, but the database holds encrypted data", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_rotate_adds_a_key_and_old_data_still_decrypts()
    {
        using var data = new TempFolder();
        await StartAsync(Settings(data.Path));

        Assert.Equal(0, await CommandLine.RunAsync(["keys", "rotate", .. Settings(data.Path)], new StringWriter(), new StringWriter()));

        Assert.Equal(2, Directory.GetFiles(Path.Combine(data.Path, "keys")).Length);
        Assert.Equal(0, await CommandLine.RunAsync(["keys", "verify", .. Settings(data.Path)], new StringWriter(), new StringWriter()));
    }
}
