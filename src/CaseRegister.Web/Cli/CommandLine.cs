using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Cli;

// The administration commands. Words before the first "--option" form the command; options are
// passed on as configuration (e.g. --Database:Provider Postgres), exactly as for the web app.
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public const string UsageText = """
        Usage: dotnet run --project src/CaseRegister.Web -- <command> [options]

        Commands:
          migrate                          apply database migrations and exit
          keys init                        create the field key ring for a new database
          keys rotate                      add a new field key (encrypts after 2 days); old keys keep decrypting
          keys verify                      check that the key ring decrypts this database
          audit verify                     verify the audit log hash chain
          users invite --role R --email E  print a one-time invitation link (72 h)
          demo-data --cases N [--seed S]   add N clearly fake demo cases (refuses a database with real cases)
                                           with waves, contacts, interviews, advice and codes up to today
          export aggregates --out DIR [--cohorts 2026,2027] [--waves T0,T6] [--format csv|xlsx|html|all] [--separator ;]
                                           write one disclosure-controlled release of the analysis pack to DIR

        Configuration options (any setting, see README): --Storage:DataFolder DIR,
          --Database:Provider Sqlite|Postgres, --ConnectionStrings:CaseRegister "...".
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToArray();
        var options = args.Skip(words.Length).ToArray();
        var command = string.Join(' ', words);
        Func<IServiceProvider, string[], TextWriter, Task<int>>? handler = command switch
        {
            "migrate" => MigrateAsync,
            "keys init" => KeysInitAsync,
            "keys rotate" => KeysRotateAsync,
            "keys verify" => KeysVerifyAsync,
            "audit verify" => AuditVerifyAsync,
            "users invite" => UsersInviteAsync,
            "demo-data" => DemoData.CommandAsync,
            "export aggregates" => Analysis.Export.AggregateExportCommand.RunAsync,
            _ => null,
        };
        if (handler is null)
        {
            await stderr.WriteLineAsync(words.Length == 0 ? "No command given." : $"Unknown command '{command}'.");
            await stderr.WriteLineAsync(UsageText);
            return Usage;
        }

        try
        {
            await using var app = AppHost.Build(options);
            return await handler(app.Services, options, stdout);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            await stderr.WriteLineAsync(UsageText);
            return Usage;
        }
        catch (StartupException ex)
        {
            await stderr.WriteLineAsync($"{command}: {ex.Message}");
            return Failed;
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await stdout.WriteLineAsync(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return Ok;
    }

    private static async Task<int> KeysInitAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        await using var scope = await MigratedScopeAsync(services);
        await scope.ServiceProvider.GetRequiredService<KeyRingGuard>().InitialiseAsync();
        await stdout.WriteLineAsync($"Field key ring created in {services.GetRequiredService<FieldKeyRing>().Folder.FullName}. Back it up now, separately from the database.");
        return Ok;
    }

    private static async Task<int> KeysRotateAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        await using var scope = await ReadyScopeAsync(services);
        var key = services.GetRequiredService<FieldKeyRing>().CreateKey();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(new AuditEvent("keys.rotate") { ActorName = "cli", Target = $"key:{key.KeyId}" });
        await stdout.WriteLineAsync($"New field key {key.KeyId} encrypts new values from {key.ActivationDate:yyyy-MM-dd HH:mm} UTC, when every app instance has loaded it; earlier keys keep decrypting. Back up the key folder now.");
        return Ok;
    }

    private static async Task<int> KeysVerifyAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        await using var scope = await ReadyScopeAsync(services);
        var ring = services.GetRequiredService<FieldKeyRing>();
        await stdout.WriteLineAsync($"The key ring in {ring.Folder.FullName} decrypts this database ({ring.Keys.Count} key(s); active key expires {ring.DefaultKey!.ExpirationDate:yyyy-MM-dd}).");
        return Ok;
    }

    private static async Task<int> AuditVerifyAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        await using var scope = await ReadyScopeAsync(services);
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        if (result.IsIntact)
        {
            await stdout.WriteLineAsync($"Audit chain intact: {result.EntriesChecked} entries verified.");
            return Ok;
        }
        await stdout.WriteLineAsync($"Audit chain BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}. {result.EntriesChecked} entries before it verified.");
        return Failed;
    }

    private static async Task<int> UsersInviteAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        var role = Option(options, "--role") ?? throw new UsageException("users invite: --role is required.");
        var email = Option(options, "--email") ?? throw new UsageException("users invite: --email is required.");
        var canonicalRole = Roles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"users invite: unknown role '{role}'; use one of {string.Join(", ", Roles.All)}.");
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _)) throw new UsageException($"users invite: '{email}' is not an e-mail address.");
        await using var scope = await ReadyScopeAsync(services);
        var token = await scope.ServiceProvider.GetRequiredService<Invitations>().CreateAsync(email, canonicalRole, invitedBy: null);
        await stdout.WriteLineAsync($"Invitation for a new {canonicalRole} (valid 72 hours, usable once):");
        await stdout.WriteLineAsync(FirstRun.PublicUrl(services) + Invitations.Path(token));
        return Ok;
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }

    private static async Task<AsyncServiceScope> MigratedScopeAsync(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>().Database.MigrateAsync();
        return scope;
    }

    private static async Task<AsyncServiceScope> ReadyScopeAsync(IServiceProvider services)
    {
        await AppHost.PrepareAsync(services, initialiseKeysOnFirstRun: false);
        return services.CreateAsyncScope();
    }
}

public sealed class UsageException(string message) : Exception(message);
