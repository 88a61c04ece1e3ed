using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Security;

public class FieldEncryptionTests
{
    private const string Secret = "Jansen-van-der-Berg 12-03-2011 Dorpsstraat 4";

    [Fact]
    public async Task An_encrypted_value_round_trips_and_never_reaches_the_database_file_in_plaintext()
    {
        using var app = new AppFactory();
        await app.WithDbAsync(async db =>
        {
            db.KeyMaterial.Add(new KeyMaterial { Name = "probe", Value = Secret, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var readBack = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().KeyMaterial.AsNoTracking().SingleAsync(k => k.Name == "probe"));
        Assert.Equal(Secret, readBack.Value);

        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Database
            .SqlQueryRaw<string>("SELECT \"Value\" AS \"Value\" FROM \"KeyMaterial\" WHERE \"Name\" = 'probe'").SingleAsync());
        Assert.DoesNotContain("Jansen", stored, StringComparison.Ordinal);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in Directory.GetFiles(app.DataFolder, "caseregister.db*"))
        {
            var file = await File.ReadAllBytesAsync(path);
            Assert.Equal(-1, IndexOf(file, Encoding.UTF8.GetBytes("Jansen")));
            Assert.Equal(-1, IndexOf(file, Encoding.Unicode.GetBytes("Jansen")));
        }
    }

    [Fact]
    public void Each_field_family_has_its_own_purpose_so_ciphertext_does_not_move_between_families()
    {
        using var folder = new TempFolder();
        var ring = new FieldKeyRing(new EncryptionOptions { KeysFolder = folder.Path });
        ring.CreateKey();
        var ciphertext = ring.Protector.Protect(FieldFamily.Identity, "Jansen");

        Assert.Equal("Jansen", ring.Protector.Unprotect(FieldFamily.Identity, ciphertext));
        Assert.Throws<FieldDecryptionException>(() => ring.Protector.Unprotect(FieldFamily.FreeText, ciphertext));
    }

    // SPEC §5 scale-out: instances reload the key folder at least daily, so a rotated key waits.
    [Fact]
    public void The_first_key_is_active_at_once_and_a_rotated_key_only_after_the_propagation_window()
    {
        using var folder = new TempFolder();
        var ring = new FieldKeyRing(new EncryptionOptions { KeysFolder = folder.Path });
        var first = ring.CreateKey();
        var second = ring.CreateKey();

        Assert.True(first.ActivationDate <= DateTimeOffset.UtcNow);
        Assert.True(second.ActivationDate >= DateTimeOffset.UtcNow.Add(FieldKeyRing.PropagationWindow).AddMinutes(-1));
        Assert.Equal(first.KeyId, ring.DefaultKey!.KeyId);
        Assert.Equal("Jansen", ring.Protector.Unprotect(FieldFamily.Identity, ring.Protector.Protect(FieldFamily.Identity, "Jansen")));
    }

    [Fact]
    public void Every_encrypted_property_in_the_model_has_a_value_converter()
    {
        using var db = TestDatabases.Context(DatabaseProvider.Sqlite, "Data Source=:memory:");
        var encrypted = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.PropertyInfo?.GetCustomAttributes(typeof(EncryptedAttribute), false).Length > 0).ToList();

        Assert.NotEmpty(encrypted);
        Assert.All(encrypted, p => Assert.NotNull(p.GetValueConverter()));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
