using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class AgeAtInclusionTests
{
    private static RuleResult Check(DateOnly dateOfBirth, DateOnly inclusionDate, bool confirmed = false) =>
        InclusionRules.AgeAtInclusion(Candidates.Valid() with
        {
            DateOfBirth = dateOfBirth,
            InclusionDate = inclusionDate,
            AgeWarningConfirmed = confirmed,
        });

    [Fact]
    public void A_youth_who_turns_8_on_the_inclusion_date_may_take_part()
    {
        var result = Check(new DateOnly(2018, 3, 10), new DateOnly(2026, 3, 10));

        Assert.True(result.Passed);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_youth_included_the_day_before_the_8th_birthday_is_refused_as_7_years_old()
    {
        var result = Check(new DateOnly(2018, 3, 11), new DateOnly(2026, 3, 10));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(EnrolmentFields.DateOfBirth, failure.Field);
        Assert.Equal(InclusionMessages.TooYoung, failure.Format);
        Assert.Equal("De jongere is op de inclusiedatum 7 jaar. Deelname kan vanaf 8 jaar.", failure.Render());
    }

    [Fact]
    public void A_youth_born_on_29_February_turns_8_on_29_February_of_the_leap_year_8_years_later()
    {
        var bornOnLeapDay = new DateOnly(2016, 2, 29);

        Assert.False(Check(bornOnLeapDay, new DateOnly(2024, 2, 28)).Passed);
        Assert.True(Check(bornOnLeapDay, new DateOnly(2024, 2, 29)).Passed);
    }

    [Fact]
    public void A_youth_born_on_29_February_turns_23_on_1_March_in_a_year_without_29_February()
    {
        var bornOnLeapDay = new DateOnly(2004, 2, 29);

        Assert.Empty(Check(bornOnLeapDay, new DateOnly(2027, 2, 28)).Warnings);
        var warning = Assert.Single(Check(bornOnLeapDay, new DateOnly(2027, 3, 1)).Warnings);
        Assert.Equal(23, warning.Message.Args[0]);
    }

    [Fact]
    public void Youths_past_18_may_take_part_without_any_warning_until_23()
    {
        var result = Check(new DateOnly(2003, 3, 11), new DateOnly(2026, 3, 10));

        Assert.True(result.Passed);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_youth_included_on_the_23rd_birthday_gets_a_warning_that_needs_confirmation()
    {
        var result = Check(new DateOnly(2003, 3, 10), new DateOnly(2026, 3, 10));

        Assert.True(result.Passed);
        var warning = Assert.Single(result.Warnings);
        Assert.False(warning.IsConfirmed);
        Assert.Equal(EnrolmentFields.ConfirmAgeWarning, warning.Message.Field);
        Assert.Equal(
            "De jongere is op de inclusiedatum 23 jaar. De Jeugdwet geldt tot 18 jaar en verlengde jeugdhulp tot 23 jaar. Bevestig dat u deze jongere toch wilt includeren.",
            warning.Message.Render());
    }

    [Fact]
    public void The_age_warning_counts_as_confirmed_once_the_coordinator_confirms_it()
    {
        var result = Check(new DateOnly(2003, 3, 10), new DateOnly(2026, 3, 10), confirmed: true);

        Assert.True(Assert.Single(result.Warnings).IsConfirmed);
    }

    [Fact]
    public void There_is_no_upper_age_limit_only_the_warning()
    {
        var result = Check(new DateOnly(1990, 1, 1), new DateOnly(2026, 3, 10));

        Assert.True(result.Passed);
        Assert.Equal(36, Assert.Single(result.Warnings).Message.Args[0]);
    }

    [Fact]
    public void A_date_of_birth_after_the_inclusion_date_is_reported_instead_of_crashing()
    {
        var result = Check(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 10));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(EnrolmentFields.DateOfBirth, failure.Field);
        Assert.Equal(InclusionMessages.BornAfterInclusionDate, failure.Format);
    }
}
