using System.Text.RegularExpressions;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Localization;

namespace CaseRegister.Tests.AnalysisPack;

// Every Dutch text of the pack and its pages has an English translation in
// Resources/en/analysispack.json (the views are checked by the shell's own test).
public partial class PackTextsTests
{
    private static readonly string[] PageFolders = ["Analyses", "Microdata"];

    [Fact]
    public void Every_pack_text_and_page_message_has_an_English_translation()
    {
        var english = new TextCatalog().Language("en");
        var pages = PageFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "CaseRegister.Web", "Pages", folder), "*.cs"))
            .Select(File.ReadAllText).ToList();
        var keys = PackTexts.AllKeys()
            .Concat(Web.Pages.Analyses.IndexModel.Formats.Select(f => f.Label))
            .Concat(pages.SelectMany(code => Localized().Matches(code).Select(m => Regex.Replace(m.Groups[1].Value, "\"\\s*\\+\\s*\"", ""))))
            .Distinct().ToList();

        var missing = keys.Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(keys.Count > 150, $"only {keys.Count} keys found");
        Assert.True(missing.Count == 0, "Missing in Resources/en/analysispack.json:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex(@"localizer\[\s*""((?:[^""\\]|\\.)+)""", RegexOptions.Singleline)]
    private static partial Regex Localized();
}
