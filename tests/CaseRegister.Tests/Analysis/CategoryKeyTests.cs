using CaseRegister.Web.Analysis;

namespace CaseRegister.Tests.Analysis;

public class CategoryKeyTests
{
    [Fact]
    public void The_same_categories_give_the_same_key_whatever_order_they_are_added_in()
    {
        var a = CategoryKey.Of("setting", "JZ+").With("region", "North");
        var b = CategoryKey.Of("region", "North").With("setting", "JZ+");

        Assert.Equal(a, b);
        Assert.Equal("region=North;setting=JZ+", a.Value);
    }

    [Fact]
    public void A_key_round_trips_through_its_text()
    {
        var key = CategoryKey.Of("region", "North").With("age", "12-15");

        Assert.Equal(key, CategoryKey.Parse(key.Value));
        Assert.Equal(CategoryKey.All, CategoryKey.Parse(string.Empty));
    }

    [Theory]
    [InlineData("re=gion", "North")]
    [InlineData("region", "No;rth")]
    [InlineData("region", " ")]
    public void Names_that_would_make_the_key_ambiguous_are_rejected(string dimension, string category) =>
        Assert.Throws<ArgumentException>(() => CategoryKey.Of(dimension, category));

    [Fact]
    public void A_dimension_cannot_appear_twice() =>
        Assert.Throws<ArgumentException>(() => CategoryKey.Of("region", "North").With("region", "South"));
}
