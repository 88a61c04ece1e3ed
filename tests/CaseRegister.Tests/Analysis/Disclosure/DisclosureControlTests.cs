using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public partial class DisclosureControlTests
{
    [Fact]
    public void A_full_release_lists_every_rule_in_the_order_of_the_specification()
    {
        var release = DisclosureControl.Protect(FullRequest(), new InMemoryReleaseLedger());

        Assert.Equal(["R0", "R1", "R1", "R2", "R3", "R4", "R5", "R6", "R6", "R7", "R8", "R9", "R10"],
            release.RulesApplied.Select(r => r.Rule));
        Assert.Contains(Descriptives.QuantileMethodsNote, release.MethodsNote);
        Assert.Contains("Aantallen van 1 tot en met 9 worden niet getoond.", release.MethodsNote[1].Format(), StringComparison.Ordinal);
        Assert.Contains("om welke reden ook (hier en in de punten hieronder), staat in de tabellen als x.", release.MethodsNote[1].Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_of_counts_only_leaves_the_statistics_rules_out_of_the_methods_note()
    {
        var release = Protect(new DisclosureParameters(), OneWay(25, 6, 19));

        Assert.Equal(["R0", "R1", "R1", "R2", "R3", "R10"], release.RulesApplied.Select(r => r.Rule));
    }

    [Fact]
    public void Two_tables_with_the_same_id_are_refused() =>
        Assert.Throws<ArgumentException>(() => Protect(new DisclosureParameters(), OneWay(25, 6, 19), OneWay(25, 6, 19)));

    [Fact]
    public void Every_published_figure_of_every_kind_of_table_goes_to_the_ledger_and_no_withheld_one_does()
    {
        var release = DisclosureControl.Protect(FullRequest(), new InMemoryReleaseLedger());

        var keys = release.PublishedFigures.Select(f => (f.Key.TableId, f.Key.CategoryKey)).ToList();
        Assert.Contains(("regions", "region=North"), keys);
        Assert.DoesNotContain(("regions", "region=South"), keys);
        Assert.Contains(("severity", "statistic=mean"), keys);
        Assert.Contains(("severity", "statistic=n"), keys);
        Assert.Contains(("retention", "count=start"), keys);
        Assert.Contains(("themes", "code=waarheid"), keys);
        Assert.Equal(release.PublishedFigures.Count, release.PublishedFigures.Select(f => f.Key).Distinct().Count());
        Assert.Contains(release.PublishedFigures, f => f.Key.Wave == "T0->T6" && f.Key.CategoryKey == "statistic=mean-change");
    }

    [Fact]
    public void Every_user_facing_text_has_an_English_translation_with_the_same_placeholders()
    {
        var translations = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(TranslationFile()))!;
        var parameters = new DisclosureParameters();
        var texts = new[] { typeof(DisclosureTexts), typeof(AnalysisLabels) }
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static))
            .Select(m => m switch
            {
                PropertyInfo p when p.PropertyType == typeof(TextFragment) => (TextFragment?)p.GetValue(null),
                MethodInfo { IsSpecialName: false } method when method.ReturnType == typeof(TextFragment) => (TextFragment?)method.Invoke(null, [parameters]),
                _ => null,
            })
            .OfType<TextFragment>()
            .Append(Descriptives.QuantileMethodsNote)
            .ToList();

        Assert.True(texts.Count >= 20, $"only {texts.Count} texts found");
        Assert.All(texts, text =>
        {
            Assert.True(translations.TryGetValue(text.Key, out var english), $"no translation for: {text.Key}");
            Assert.Equal(Placeholders(text.Key), Placeholders(english!));
        });
    }

    private static ReleaseRequest FullRequest()
    {
        var severity = Enumerable.Range(1, 30).Select(i => (double)(i % 7)).ToList();
        return new ReleaseRequest(new DisclosureParameters())
        {
            CountTables = [FrequencyTable.OneWay("regions", Enrolled, Cohorts, Regions3, [25, 6, 19], percentages: PercentageBase.GrandTotal)],
            OutcomeTables =
            [
                new OutcomeTable("severity", Cohorts, new OutcomeMeasure("severity", false), [new OutcomeGroup("T0", CategoryKey.All, severity)],
                    [new PairedChangeGroup("T0", "T6", CategoryKey.All, severity.Select(v => new PairedObservation(v, v + 1)).ToList())]),
            ],
            RetentionTables = [new RetentionTable("retention", "drop-outs", Cohorts, 50, [new("T6", 10), new("T12", 12)])],
            ThemeTables =
            [
                new ThemeTable("themes", Cohorts, "context-dynamics", ["waarheid", "schuld"], ["T0"],
                    Enumerable.Range(1, 15).Select(i => new ThemeMention($"y{i}", "T0", "waarheid")).ToList()),
            ],
        };
    }

    private static List<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string TranslationFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "CaseRegister.Web", "Resources", "en", "analysis.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("src/CaseRegister.Web/Resources/en/analysis.json not found above the test directory.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
