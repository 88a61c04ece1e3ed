using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class ExpertTeamTests
{
    private static readonly DateOnly Today = Candidates.Today;

    private static RuleResult Check(EnrolmentCandidate candidate) =>
        InclusionRules.DiscussedInStudyExpertTeam(candidate, Today);

    [Fact]
    public void A_discussion_today_is_accepted_when_the_inclusion_is_today_too()
    {
        var result = Check(Candidates.Valid() with { ExpertTeamDiscussedOn = Today, InclusionDate = Today });

        Assert.True(result.Passed);
    }

    [Fact]
    public void A_discussion_on_the_inclusion_date_is_accepted()
    {
        var candidate = Candidates.Valid();
        var result = Check(candidate with { ExpertTeamDiscussedOn = candidate.InclusionDate });

        Assert.True(result.Passed);
    }

    [Fact]
    public void A_discussion_tomorrow_is_refused_as_in_the_future_and_reported_only_once()
    {
        var result = Check(Candidates.Valid() with { ExpertTeamDiscussedOn = Today.AddDays(1) });

        var failure = Assert.Single(result.Failures);
        Assert.Equal(EnrolmentFields.ExpertTeamDiscussedOn, failure.Field);
        Assert.Equal("De datum van de bespreking in het expertteam (16-03-2026) ligt in de toekomst.", failure.Render());
    }

    [Fact]
    public void A_discussion_after_the_inclusion_date_is_refused()
    {
        var candidate = Candidates.Valid() with { InclusionDate = new DateOnly(2026, 3, 10), ExpertTeamDiscussedOn = new DateOnly(2026, 3, 11) };

        var failure = Assert.Single(Check(candidate).Failures);
        Assert.Equal(
            "De bespreking in het expertteam (11-03-2026) is na de inclusiedatum (10-03-2026). De jongere moet op of voor de inclusiedatum besproken zijn.",
            failure.Render());
    }

    [Fact]
    public void The_discussion_date_is_required()
    {
        var failure = Assert.Single(Check(Candidates.Valid() with { ExpertTeamDiscussedOn = null }).Failures);

        Assert.Equal(EnrolmentFields.ExpertTeamDiscussedOn, failure.Field);
        Assert.Equal(InclusionMessages.ExpertTeamDateMissing, failure.Format);
    }

    [Fact]
    public void A_region_outside_the_study_is_refused()
    {
        var failure = Assert.Single(Check(Candidates.Valid() with { RegionBelongsToStudy = false }).Failures);

        Assert.Equal(EnrolmentFields.RegionId, failure.Field);
        Assert.Equal(InclusionMessages.RegionNotInStudy, failure.Format);
    }

    [Fact]
    public void Region_expert_team_and_date_are_all_reported_when_all_are_missing()
    {
        var result = Check(Candidates.Valid() with { RegionId = null, ExpertTeamId = null, ExpertTeamDiscussedOn = null });

        Assert.Equal(
            [EnrolmentFields.RegionId, EnrolmentFields.ExpertTeamId, EnrolmentFields.ExpertTeamDiscussedOn],
            result.Failures.Select(f => f.Field));
    }
}
