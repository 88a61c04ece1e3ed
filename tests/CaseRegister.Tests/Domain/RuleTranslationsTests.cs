using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseRegister.Web.Domain.Inclusion;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain;

// The Dutch message formats are the localisation keys of Resources/en/rules.json. A format changed
// in code without the file would silently show Dutch to English users; these tests catch that.
public partial class RuleTranslationsTests
{
    private static readonly Lazy<Dictionary<string, string>> English = new(LoadEnglish);

    public static TheoryData<string> DutchFormats()
    {
        var data = new TheoryData<string>();
        foreach (var format in AllDutchFormats()) data.Add(format);
        return data;
    }

    private static IEnumerable<string> AllDutchFormats() =>
        new[] { typeof(InclusionMessages), typeof(WaveMessages) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(DutchFormats))]
    public void Every_Dutch_message_has_an_English_translation_with_the_same_placeholders(string dutch)
    {
        Assert.True(English.Value.TryGetValue(dutch, out var english), $"No English translation for: {dutch}");
        Assert.NotEqual(dutch, english);
        Assert.Equal(Placeholders(dutch), Placeholders(english));
    }

    [Theory]
    [MemberData(nameof(DutchFormats))]
    public void Every_message_renders_in_both_languages(string dutch)
    {
        var args = Enumerable.Range(0, Placeholders(dutch).Count).Select(_ => (object)new DateOnly(2026, 3, 15)).ToArray();

        var renderedDutch = string.Format(CultureInfo.GetCultureInfo("nl-NL"), dutch, args);
        var renderedEnglish = string.Format(CultureInfo.GetCultureInfo("en-GB"), English.Value[dutch], args);

        Assert.DoesNotContain("{", renderedDutch);
        Assert.DoesNotContain("{", renderedEnglish);
    }

    [Fact]
    public void The_translation_file_has_no_keys_that_the_code_no_longer_uses()
    {
        Assert.Empty(English.Value.Keys.Except(AllDutchFormats()));
    }

    private static List<string> Placeholders(string format) =>
        [.. PlaceholderPattern().Matches(format).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    private static Dictionary<string, string> LoadEnglish()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "CaseRegister.Web", "Resources", "en", "rules.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            Assert.True(entries.TryAdd(property.Name, property.Value.GetString()!), $"Duplicate key in rules.json: {property.Name}");
        return entries;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseRegister.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CaseRegister.sln not found above " + AppContext.BaseDirectory);
    }
}
