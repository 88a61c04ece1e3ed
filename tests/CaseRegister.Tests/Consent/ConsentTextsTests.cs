using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseRegister.Web.Consent;

namespace CaseRegister.Tests.Consent;

public partial class ConsentTextsTests
{
    private static readonly string[] Dutch =
    [
        .. typeof(ConsentTexts).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private static Dictionary<string, string> English() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(ConsentTestData.RepositoryRoot, "src", "CaseRegister.Web", "Resources", "en", "consent.json")))!;

    [Fact]
    public void Every_Dutch_message_has_an_English_translation()
    {
        var english = English();
        var untranslated = Dutch.Where(d => !english.ContainsKey(d)).ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_English_file_holds_no_translations_of_messages_that_no_longer_exist()
    {
        Assert.Empty(English().Keys.Except(Dutch));
    }

    [Fact]
    public void A_translation_uses_the_same_arguments_as_the_Dutch_message()
    {
        foreach (var (dutch, english) in English())
            Assert.True(Arguments(dutch).SetEquals(Arguments(english)), $"'{english}' has other arguments than '{dutch}'");
    }

    [Fact]
    public void Every_message_formats_with_its_arguments()
    {
        // A stray brace would make string.Format throw on the page instead of in this test.
        foreach (var format in Dutch)
        {
            var count = Arguments(format).Select(a => int.Parse(Argument().Match(a).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
            var args = Enumerable.Range(0, count).Select(_ => (object)new DateOnly(2026, 1, 1)).ToArray();
            Assert.NotEmpty(new ConsentMessage(format, args).ToString());
        }
    }

    private static HashSet<string> Arguments(string format) => [.. Argument().Matches(format).Select(m => m.Value)];

    [GeneratedRegex(@"\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Argument();
}
