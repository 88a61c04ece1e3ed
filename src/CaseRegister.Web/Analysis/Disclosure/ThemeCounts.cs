namespace CaseRegister.Web.Analysis.Disclosure;

// A coded segment reduced to what analysis may use: who (pseudonymous key, only to count distinct
// youths), when and which code. There is deliberately no text here: quotes never reach a release.
public sealed record ThemeMention(string YouthId, string Wave, string Code);

public sealed class ThemeTable
{
    public ThemeTable(string id, string cohortSet, string codebook, IReadOnlyList<string> codes, IReadOnlyList<string> waves,
        IReadOnlyList<ThemeMention> mentions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohortSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(codebook);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(waves);
        ArgumentNullException.ThrowIfNull(mentions);
        if (codes.Contains(ThemeCounts.OtherCode)) throw new ArgumentException($"'{ThemeCounts.OtherCode}' is reserved.", nameof(codes));
        var unknownCode = mentions.FirstOrDefault(m => !codes.Contains(m.Code));
        if (unknownCode is not null) throw new ArgumentException($"Theme table '{id}': code '{unknownCode.Code}' is not in codebook '{codebook}'.", nameof(mentions));
        var unknownWave = mentions.FirstOrDefault(m => !waves.Contains(m.Wave));
        if (unknownWave is not null) throw new ArgumentException($"Theme table '{id}': wave '{unknownWave.Wave}' is not in the table.", nameof(mentions));
        Id = id;
        CohortSet = cohortSet;
        Codebook = codebook;
        Codes = codes;
        Waves = waves;
        Mentions = mentions;
    }

    public string Id { get; }

    public string CohortSet { get; }

    public string Codebook { get; }

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<string> Waves { get; }

    public IReadOnlyList<ThemeMention> Mentions { get; }
}

// One line of a theme table: a code (or, when IsOther, the codes folded together) and the number of
// distinct youths with it.
public sealed record ThemeCount(string Code, bool IsOther, ProtectedCell Youths);

public sealed record ProtectedThemeWave(string Wave, IReadOnlyList<ThemeCount> Themes);

public sealed class ProtectedThemeTable(ThemeTable source, IReadOnlyList<ProtectedThemeWave> waves)
{
    public ThemeTable Source { get; } = source;

    public IReadOnlyList<ProtectedThemeWave> Waves { get; } = waves;
}

// R9: a theme counts youths, not mentions (one talkative family must not make a theme). Codes with
// 1 … threshold − 1 youths are folded into "other", which counts the distinct youths with any of
// them; if "other" is itself small, R1 withholds it. A code nobody has stays visible as 0.
internal static class ThemeCounts
{
    public const string OtherCode = "(other)";

    // Localisation key for the writers' label of the "other" line.
    public static TextFragment OtherLabel { get; } = new("Overig");

    public static IReadOnlyList<(string Wave, IReadOnlyList<(string Code, bool IsOther, CountCell Cell)> Lines)> Build(
        ThemeTable table, DisclosureParameters parameters)
    {
        var population = "themes:" + table.Codebook;
        var result = new List<(string, IReadOnlyList<(string, bool, CountCell)>)>();
        foreach (var wave in table.Waves)
        {
            var youthsPerCode = table.Mentions.Where(m => m.Wave == wave)
                .GroupBy(m => m.Code)
                .ToDictionary(g => g.Key, g => g.Select(m => m.YouthId).ToHashSet(StringComparer.Ordinal));
            var lines = new List<(string, bool, CountCell)>();
            var folded = new HashSet<string>(StringComparer.Ordinal);
            var anyFolded = false;
            foreach (var code in table.Codes)
            {
                var youths = youthsPerCode.TryGetValue(code, out var set) ? set : [];
                if (PrimarySuppression.IsSmall(youths.Count, parameters.Threshold))
                {
                    folded.UnionWith(youths);
                    anyFolded = true;
                    continue;
                }
                lines.Add((code, false, new CountCell(Address(table, population, wave, code), youths.Count)));
            }
            if (anyFolded) lines.Add((OtherCode, true, new CountCell(Address(table, population, wave, OtherCode), folded.Count)));
            result.Add((wave, lines));
        }
        return result;
    }

    private static CellAddress Address(ThemeTable table, string population, string wave, string code) =>
        new(table.Id, population, table.CohortSet, wave, CategoryKey.Of("code", code));
}
