using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class CohortAndInclusionDateTests
{
    private static readonly InclusionPeriod Period2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void A_closed_cohort_is_refused()
    {
        var failure = Assert.Single(InclusionRules.CohortOpen(Candidates.Valid() with { CohortIsOpen = false }).Failures);

        Assert.Equal(EnrolmentFields.CohortId, failure.Field);
        Assert.Equal(InclusionMessages.CohortClosed, failure.Format);
    }

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 12, 31)]
    public void The_first_and_last_day_of_the_inclusion_period_are_inside_it(int year, int month, int day)
    {
        var candidate = Candidates.Valid() with { CohortInclusionPeriod = Period2026, InclusionDate = new DateOnly(year, month, day) };

        Assert.True(InclusionRules.CohortOpen(candidate).Passed);
    }

    [Fact]
    public void An_inclusion_date_before_the_inclusion_period_is_refused_with_the_period()
    {
        var candidate = Candidates.Valid() with { CohortInclusionPeriod = Period2026, InclusionDate = new DateOnly(2025, 12, 31) };

        var failure = Assert.Single(InclusionRules.CohortOpen(candidate).Failures);
        Assert.Equal(EnrolmentFields.InclusionDate, failure.Field);
        Assert.Equal(
            "De inclusiedatum (31-12-2025) valt buiten de inclusieperiode van het cohort (01-01-2026 tot en met 31-12-2026).",
            failure.Render());
    }

    [Fact]
    public void A_closed_cohort_and_a_date_outside_its_period_are_both_reported()
    {
        var candidate = Candidates.Valid() with
        {
            CohortIsOpen = false,
            CohortInclusionPeriod = Period2026,
            InclusionDate = new DateOnly(2027, 1, 1),
        };

        Assert.Equal(2, InclusionRules.CohortOpen(candidate).Failures.Count);
    }

    [Fact]
    public void An_inclusion_date_today_is_accepted_and_tomorrow_is_refused()
    {
        var today = Candidates.Today;

        Assert.True(InclusionRules.InclusionDateNotInFuture(Candidates.Valid() with { InclusionDate = today }, today).Passed);
        var failure = Assert.Single(InclusionRules.InclusionDateNotInFuture(Candidates.Valid() with { InclusionDate = today.AddDays(1) }, today).Failures);
        Assert.Equal("De inclusiedatum (16-03-2026) ligt in de toekomst.", failure.Render());
    }
}
