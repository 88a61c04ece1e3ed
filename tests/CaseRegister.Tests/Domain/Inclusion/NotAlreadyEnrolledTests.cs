using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class NotAlreadyEnrolledTests
{
    private static readonly DuplicateCheckResult TwoMatches = new(["ZW-2026-017", "ZW-2027-003"]);

    [Fact]
    public void No_possible_duplicate_means_no_warning()
    {
        var result = InclusionRules.NotAlreadyEnrolled(Candidates.Valid());

        Assert.True(result.Passed);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_possible_duplicate_without_a_reason_is_an_unconfirmed_warning_naming_the_research_codes()
    {
        var result = InclusionRules.NotAlreadyEnrolled(Candidates.Valid() with { DuplicateCheck = TwoMatches });

        var warning = Assert.Single(result.Warnings);
        Assert.False(warning.IsConfirmed);
        Assert.Equal(EnrolmentFields.DuplicateOverrideReason, warning.Message.Field);
        Assert.Equal(
            "Deze jongere staat mogelijk al in het register: ZW-2026-017, ZW-2027-003. Controleer dit. Gaat het om een andere jongere, vul dan een reden in om toch te includeren.",
            warning.Message.Render());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_reason_does_not_override_a_possible_duplicate(string reason)
    {
        var result = InclusionRules.NotAlreadyEnrolled(Candidates.Valid() with { DuplicateCheck = TwoMatches, DuplicateOverrideReason = reason });

        Assert.False(Assert.Single(result.Warnings).IsConfirmed);
    }

    [Fact]
    public void A_reason_overrides_a_possible_duplicate()
    {
        var result = InclusionRules.NotAlreadyEnrolled(Candidates.Valid() with
        {
            DuplicateCheck = TwoMatches,
            DuplicateOverrideReason = "Andere jongere: zelfde achternaam en geboortedatum, andere ouders.",
        });

        Assert.True(Assert.Single(result.Warnings).IsConfirmed);
    }
}
