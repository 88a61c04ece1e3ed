using CaseRegister.Web.Security;

namespace CaseRegister.Tests.Security;

public class BlindIndexTests
{
    private static readonly BlindIndex Index = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly DateOnly Born = new(2011, 3, 12);

    [Theory]
    [InlineData("JANSEN ")]
    [InlineData("Jánsen")]
    [InlineData("  jansen")]
    [InlineData("JÀNSÉN")]
    public void Spelling_variants_of_one_surname_give_the_same_index(string variant) =>
        Assert.Equal(Index.Compute("Jansen", Born), Index.Compute(variant, Born));

    [Fact]
    public void Inner_whitespace_is_collapsed() =>
        Assert.Equal(Index.Compute("van der Berg", Born), Index.Compute("Van  Der\tBerg", Born));

    [Fact]
    public void Another_date_of_birth_or_another_secret_gives_another_index()
    {
        Assert.NotEqual(Index.Compute("Jansen", Born), Index.Compute("Jansen", Born.AddDays(1)));
        Assert.NotEqual(Index.Compute("Jansen", Born), new BlindIndex(new byte[32]).Compute("Jansen", Born));
    }

    [Fact]
    public void The_index_is_truncated_so_that_it_cannot_identify_on_its_own() =>
        Assert.InRange(Index.Compute("Jansen", Born), 0, 65535);
}
