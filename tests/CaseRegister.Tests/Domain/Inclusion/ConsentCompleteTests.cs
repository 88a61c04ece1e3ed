using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class ConsentCompleteTests
{
    [Fact]
    public void Complete_consent_passes()
    {
        Assert.True(InclusionRules.ConsentComplete(Candidates.Valid() with { MissingConsents = [] }).Passed);
    }

    [Fact]
    public void Each_missing_consent_is_reported_separately()
    {
        var result = InclusionRules.ConsentComplete(Candidates.Valid() with
        {
            MissingConsents = ["toestemming van de jongere", "toestemming van gezaghebbende 2"],
        });

        Assert.Equal(
            ["De toestemming is nog niet compleet. Nog nodig: toestemming van de jongere.",
             "De toestemming is nog niet compleet. Nog nodig: toestemming van gezaghebbende 2."],
            result.Failures.Select(f => f.Render()));
        Assert.All(result.Failures, f => Assert.Equal(EnrolmentFields.Consent, f.Field));
    }
}
