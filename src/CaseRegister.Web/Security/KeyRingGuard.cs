using System.Security.Cryptography;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseRegister.Web.Security;

// Start-up guard for field encryption. The app refuses to run when the database holds encrypted
// data that the key ring cannot read: an empty or wrong key folder must be restored from backup,
// never replaced by a fresh ring that would make the existing data unreadable for good.
public sealed class KeyRingGuard(CaseRegisterDbContext db, FieldKeyRing ring, StudySecrets secrets, TimeProvider time, ILogger<KeyRingGuard> logger)
{
    private const string SentinelText = "CaseRegister field key ring sentinel";

    public async Task EnsureReadyAsync(bool initialiseOnFirstRun, CancellationToken ct = default)
    {
        var hasMaterial = await db.KeyMaterial.AnyAsync(ct);
        if (ring.IsEmpty)
        {
            if (hasMaterial || await EncryptedDataExistAsync(ct))
                throw new StartupException(
                    $"The field key ring in '{ring.Folder.FullName}' is empty, but the database holds encrypted data. " +
                    "Restore the key folder (and its certificate) from backup; see README, 'Restore drill'. No new key was created.");
            if (!initialiseOnFirstRun)
                throw new StartupException($"The field key ring in '{ring.Folder.FullName}' has no keys. Run the 'keys init' command first.");
            await InitialiseAsync(ct);
            return;
        }

        if (!hasMaterial)
        {
            if (await EncryptedDataExistAsync(ct))
                throw new StartupException("The database holds encrypted data but no key sentinel. The database does not belong to this key ring.");
            await WriteMaterialAsync(ct);
            return;
        }

        await VerifyAsync(ct);
    }

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        if (!ring.IsEmpty || await db.KeyMaterial.AnyAsync(ct))
            throw new StartupException($"The field key ring in '{ring.Folder.FullName}' or this database is already initialised.");
        ring.CreateKey();
        if (!ring.IsProtectedAtRest)
            logger.LogWarning("Field keys in {Folder} are NOT encrypted at rest: configure Encryption:CertificatePath for production.", ring.Folder.FullName);
        await WriteMaterialAsync(ct);
    }

    public async Task VerifyAsync(CancellationToken ct = default)
    {
        var material = await LoadMaterialAsync(ct);
        if (material.GetValueOrDefault(KeyMaterial.Sentinel) != SentinelText)
            throw new StartupException("The key sentinel does not match: the key ring is not the one this database was encrypted with.");
        if (ring.DefaultKey is null)
            throw new StartupException($"The field key ring in '{ring.Folder.FullName}' has no active key. Run 'keys rotate' to add one.");
        secrets.Load(Convert.FromBase64String(material[KeyMaterial.BlindIndexSecret]), Convert.FromBase64String(material[KeyMaterial.AuditChainKey]));
    }

    private async Task<Dictionary<string, string>> LoadMaterialAsync(CancellationToken ct)
    {
        try
        {
            return await db.KeyMaterial.AsNoTracking().ToDictionaryAsync(k => k.Name, k => k.Value, ct);
        }
        catch (FieldDecryptionException)
        {
            throw new StartupException(
                $"The field key ring in '{ring.Folder.FullName}' cannot decrypt this database's key sentinel. " +
                "Wrong key folder or certificate? Restore the right ones from backup; no new key was created.");
        }
    }

    private async Task WriteMaterialAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.KeyMaterial.AddRange(
            new KeyMaterial { Name = KeyMaterial.Sentinel, Value = SentinelText, CreatedAtUtc = now },
            new KeyMaterial { Name = KeyMaterial.BlindIndexSecret, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAtUtc = now },
            new KeyMaterial { Name = KeyMaterial.AuditChainKey, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAtUtc = now });
        await db.SaveChangesAsync(ct);
        await VerifyAsync(ct);
    }

    // Any non-null value in any encrypted column, found through the model so that new encrypted
    // properties are covered without touching this code.
    private async Task<bool> EncryptedDataExistAsync(CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            foreach (var property in entity.GetProperties())
            {
                if (property.PropertyInfo?.GetCustomAttributes(typeof(EncryptedAttribute), false).Length is not > 0) continue;
                var column = property.GetColumnName();
                var query = $"SELECT 1 AS \"Value\" FROM {sql.DelimitIdentifier(table)} WHERE {sql.DelimitIdentifier(column)} IS NOT NULL LIMIT 1";
#pragma warning disable EF1002 // identifiers come from the model, not from input
                if (await db.Database.SqlQueryRaw<int>(query).AnyAsync(ct)) return true;
#pragma warning restore EF1002
            }
        }
        return false;
    }
}

// A condition that must stop the app with a clear message and a non-zero exit code.
public sealed class StartupException(string message) : Exception(message);
