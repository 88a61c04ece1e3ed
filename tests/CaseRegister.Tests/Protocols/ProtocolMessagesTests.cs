using System.Text.Json;
using System.Text.RegularExpressions;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

public partial class ProtocolMessagesTests
{
    private static Dictionary<string, string> EnglishMessages()
    {
        var json = File.ReadAllText(RepositoryRoot.Combine("src", "CaseRegister.Web", "Resources", "en", "protocols.json"));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    [Fact]
    public void Every_dutch_answer_message_has_an_english_translation()
    {
        var english = EnglishMessages();

        Assert.All(AnswerMessages.All, dutch => Assert.True(english.ContainsKey(dutch), $"no English for: {dutch}"));
        Assert.Empty(english.Keys.Except(AnswerMessages.All));
    }

    [Fact]
    public void Every_english_message_uses_the_same_placeholders_as_its_dutch_original()
    {
        foreach (var (dutch, english) in EnglishMessages())
        {
            Assert.Equal(Placeholders(dutch), Placeholders(english));
        }
    }

    private static List<string> Placeholders(string format) =>
        Placeholder().Matches(format).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
