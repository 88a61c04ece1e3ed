using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class ThemeTests
{
    private static readonly string[] Codes = ["waarheid", "schuld", "invloed", "erkenning", "vorming"];

    [Fact]
    public void A_theme_counts_youths_not_mentions()
    {
        // Twelve youths mention "waarheid"; one of them 30 times.
        var mentions = Youths("waarheid", 1, 12).Concat(Enumerable.Repeat(new ThemeMention("y1", "T0", "waarheid"), 29));

        var wave = ProtectThemes(mentions);

        Assert.Equal(12, Line(wave, "waarheid").Youths.TrueValue);
        Assert.Equal("10", Line(wave, "waarheid").Youths.Display);
    }

    [Fact]
    public void Small_themes_are_folded_into_other_which_counts_distinct_youths()
    {
        // schuld: youths 1–6, invloed: youths 6–11 → other has 11 distinct youths, not 12.
        var wave = ProtectThemes(Youths("waarheid", 1, 15).Concat(Youths("schuld", 1, 6)).Concat(Youths("invloed", 6, 6)));

        Assert.DoesNotContain(wave.Themes, t => t.Code is "schuld" or "invloed");
        var other = Assert.Single(wave.Themes, t => t.IsOther);
        Assert.Equal(11, other.Youths.TrueValue);
        Assert.Equal("10", other.Youths.Display);
    }

    [Fact]
    public void An_other_line_below_the_threshold_is_withheld()
    {
        var wave = ProtectThemes(Youths("waarheid", 1, 15).Concat(Youths("schuld", 1, 4)).Concat(Youths("invloed", 3, 3)));

        Assert.Equal("x", Assert.Single(wave.Themes, t => t.IsOther).Youths.Display);
    }

    [Fact]
    public void A_theme_nobody_has_is_shown_as_zero_and_no_other_line_appears_without_small_themes()
    {
        var wave = ProtectThemes(Youths("waarheid", 1, 15));

        Assert.Equal("0", Line(wave, "vorming").Youths.Display);
        Assert.DoesNotContain(wave.Themes, t => t.IsOther);
    }

    [Fact]
    public void A_code_outside_the_codebook_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ThemeTable("themes", Cohorts, "context-dynamics", Codes, ["T0"],
            [new ThemeMention("y1", "T0", "quote: 'he said …'")]));

    private static IEnumerable<ThemeMention> Youths(string code, int first, int count) =>
        Enumerable.Range(first, count).Select(i => new ThemeMention($"y{i}", "T0", code));

    private static ThemeCount Line(ProtectedThemeWave wave, string code) => wave.Themes.Single(t => t.Code == code);

    private static ProtectedThemeWave ProtectThemes(IEnumerable<ThemeMention> mentions)
    {
        var table = new ThemeTable("themes", Cohorts, "context-dynamics", Codes, ["T0"], mentions.ToList());
        return DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { ThemeTables = [table] }, new InMemoryReleaseLedger())
            .ThemeTables[0].Waves[0];
    }
}
