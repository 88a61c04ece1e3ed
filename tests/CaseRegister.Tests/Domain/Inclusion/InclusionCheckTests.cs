using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class InclusionCheckTests
{
    private static readonly DateOnly Today = Candidates.Today;

    [Fact]
    public void A_candidate_meeting_every_criterion_can_be_enrolled()
    {
        var result = InclusionCheck.Evaluate(Candidates.Valid(), Today);

        Assert.Empty(result.Failures);
        Assert.Empty(result.Warnings);
        Assert.True(result.CanEnrol);
    }

    [Fact]
    public void A_candidate_failing_every_rule_gets_all_failures_at_once()
    {
        var candidate = Candidates.Valid() with
        {
            DateOfBirth = new DateOnly(2019, 1, 1),
            CurrentCareSetting = CareSetting.FosterCare,
            RegionBelongsToStudy = false,
            ExpertTeamDiscussedOn = null,
            MissingConsents = ["toestemming van de jongere"],
            CohortIsOpen = false,
        };

        var result = InclusionCheck.Evaluate(candidate, Today);

        Assert.Equal(
            [
                EnrolmentFields.DateOfBirth,
                EnrolmentFields.CareSetting,
                EnrolmentFields.RegionId,
                EnrolmentFields.ExpertTeamDiscussedOn,
                EnrolmentFields.Consent,
                EnrolmentFields.CohortId,
            ],
            result.Failures.Select(f => f.Field));
        Assert.False(result.CanEnrol);
    }

    [Fact]
    public void An_inclusion_date_in_the_future_is_reported_next_to_the_other_rules()
    {
        var candidate = Candidates.Valid() with { InclusionDate = Today.AddDays(1), CurrentCareSetting = CareSetting.Home };

        var result = InclusionCheck.Evaluate(candidate, Today);

        Assert.Equal([EnrolmentFields.InclusionDate, EnrolmentFields.CareSetting], result.Failures.Select(f => f.Field));
    }

    [Fact]
    public void An_unconfirmed_age_warning_blocks_enrolment_until_confirmed()
    {
        var candidate = Candidates.Valid() with { DateOfBirth = new DateOnly(2000, 1, 1) };

        var unconfirmed = InclusionCheck.Evaluate(candidate, Today);
        var confirmed = InclusionCheck.Evaluate(candidate with { AgeWarningConfirmed = true }, Today);

        Assert.Empty(unconfirmed.Failures);
        Assert.Single(unconfirmed.UnconfirmedWarnings);
        Assert.False(unconfirmed.CanEnrol);
        Assert.True(confirmed.CanEnrol);
    }

    [Fact]
    public void A_possible_duplicate_blocks_enrolment_until_overridden_with_a_reason()
    {
        var candidate = Candidates.Valid() with { DuplicateCheck = new DuplicateCheckResult(["ZW-2026-017"]) };

        Assert.False(InclusionCheck.Evaluate(candidate, Today).CanEnrol);
        Assert.True(InclusionCheck.Evaluate(candidate with { DuplicateOverrideReason = "Tweeling, andere voornaam." }, Today).CanEnrol);
    }

    [Fact]
    public void Failures_do_not_hide_warnings()
    {
        var candidate = Candidates.Valid() with
        {
            DateOfBirth = new DateOnly(2000, 1, 1),
            CohortIsOpen = false,
            DuplicateCheck = new DuplicateCheckResult(["ZW-2026-017"]),
        };

        var result = InclusionCheck.Evaluate(candidate, Today);

        Assert.Single(result.Failures);
        Assert.Equal(
            [EnrolmentFields.ConfirmAgeWarning, EnrolmentFields.DuplicateOverrideReason],
            result.Warnings.Select(w => w.Message.Field));
    }
}
