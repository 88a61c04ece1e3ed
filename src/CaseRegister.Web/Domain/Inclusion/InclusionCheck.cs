namespace CaseRegister.Web.Domain.Inclusion;

// Runs every inclusion rule and collects everything they found, so the enrolment page can show
// all problems at once instead of one per submit.
public static class InclusionCheck
{
    public static InclusionResult Evaluate(EnrolmentCandidate candidate, DateOnly today)
    {
        RuleResult[] results =
        [
            InclusionRules.InclusionDateNotInFuture(candidate, today),
            InclusionRules.AgeAtInclusion(candidate),
            InclusionRules.IntensiveCareSetting(candidate),
            InclusionRules.DiscussedInStudyExpertTeam(candidate, today),
            InclusionRules.ConsentComplete(candidate),
            InclusionRules.CohortOpen(candidate),
            InclusionRules.NotAlreadyEnrolled(candidate),
        ];

        return new InclusionResult(
            [.. results.SelectMany(r => r.Failures)],
            [.. results.SelectMany(r => r.Warnings)]);
    }
}

public sealed record InclusionResult(IReadOnlyList<RuleMessage> Failures, IReadOnlyList<InclusionWarning> Warnings)
{
    public IEnumerable<InclusionWarning> UnconfirmedWarnings => Warnings.Where(w => !w.IsConfirmed);

    // Enrolment may be saved only when no rule failed and every warning has its confirmation.
    public bool CanEnrol => Failures.Count == 0 && Warnings.All(w => w.IsConfirmed);
}
