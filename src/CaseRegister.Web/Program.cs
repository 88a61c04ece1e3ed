using CaseRegister.Web;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Security;

// One executable, two faces: `dotnet run` starts the web app; `dotnet run -- <command>` runs an
// administration command (see Cli/CommandLine.cs) with the same configuration.
if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args, Console.Out, Console.Error);

var app = AppHost.Build(args);
try
{
    await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true);
    await FirstRun.AnnounceAsync(app);
}
catch (StartupException ex)
{
    await Console.Error.WriteLineAsync($"CaseRegister cannot start: {ex.Message}");
    return 1;
}
AppHost.ConfigurePipeline(app);
await app.RunAsync();
return 0;

public partial class Program;
