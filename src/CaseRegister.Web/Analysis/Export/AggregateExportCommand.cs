using System.Globalization;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Data;
using CaseRegister.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Analysis.Export;

// `export aggregates --out DIR [--cohorts 2026,2027] [--waves T0,T6] [--format csv|xlsx|html|all]
// [--separator ;]`: the same release as the web page, written to a folder. Without --cohorts or
// --waves all of them; without --format all three forms. Audited as "cli".
public static class AggregateExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        const string command = "export aggregates";
        var folder = Option(options, "--out") ?? throw new UsageException($"{command}: --out DIR is required.");
        var formatText = Option(options, "--format") ?? "all";
        if (!Pages.Analyses.IndexModel.TryParseFormat(formatText, out var format))
            throw new UsageException($"{command}: unknown format '{formatText}'; use csv, xlsx, html or all.");
        var separator = Option(options, "--separator") ?? ",";
        var dialect = separator switch
        {
            "," => CsvDialect.Standard,
            ";" => CsvDialect.DutchExcel,
            _ => throw new UsageException($"{command}: --separator must be ',' or ';', not '{separator}'."),
        };
        var cohortYears = new List<int>();
        foreach (var part in List(Option(options, "--cohorts")))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw new UsageException($"{command}: '{part}' in --cohorts is not a cohort year (e.g. --cohorts 2026,2027).");
            cohortYears.Add(year);
        }
        var waveLabels = List(Option(options, "--waves")).ToList();

        await AppHost.PrepareAsync(services, initialiseKeysOnFirstRun: false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
        var knownYears = await db.Cohorts.AsNoTracking().Select(c => c.Year).Distinct().OrderBy(y => y).ToListAsync();
        var knownWaves = (await PackQueries.AvailableWavesAsync(db)).Select(w => w.Label).ToList();
        if (knownYears.Count == 0) throw new UsageException($"{command}: the register has no cohorts yet.");
        var unknownYear = cohortYears.FirstOrDefault(y => !knownYears.Contains(y));
        if (unknownYear != 0)
            throw new UsageException($"{command}: there is no cohort {unknownYear}; the register has {string.Join(", ", knownYears)}.");
        var unknownWave = waveLabels.FirstOrDefault(w => !knownWaves.Contains(w));
        if (unknownWave is not null)
            throw new UsageException($"{command}: there is no wave '{unknownWave}'; the register has {(knownWaves.Count == 0 ? "none yet" : string.Join(", ", knownWaves))}.");
        var selection = new PackSelection(cohortYears.Count > 0 ? cohortYears : knownYears, waveLabels.Count > 0 ? knownWaves.Where(waveLabels.Contains).ToList() : knownWaves);

        PackRelease release;
        try
        {
            release = await scope.ServiceProvider.GetRequiredService<AnalysisPackService>()
                .ReleaseAsync(new PackRequest(selection, format, dialect, Cultures.Dutch, "cli") { ActorName = "cli" });
        }
        catch (DisclosureAuditException ex)
        {
            await stdout.WriteLineAsync($"{command}: stopped by the disclosure audit, nothing was written and no release was recorded. {ex.Message}");
            return CommandLine.Failed;
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in release.Files) await File.WriteAllBytesAsync(Path.Combine(folder, file.FileName), file.Content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stdout.WriteLineAsync($"{command}: release {release.Number} was recorded, but writing to '{folder}' failed: {ex.Message}");
            return CommandLine.Failed;
        }
        await stdout.WriteLineAsync($"Release {release.Number} (cohorts {selection.CohortSet}, waves {string.Join(",", selection.Waves)}) written to {Path.GetFullPath(folder)}:");
        foreach (var file in release.Files) await stdout.WriteLineAsync("  " + file.FileName);
        return CommandLine.Ok;
    }

    private static string[] List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        if (index < 0) return null;
        if (index + 1 >= options.Length) throw new UsageException($"export aggregates: {name} needs a value.");
        return options[index + 1];
    }
}
