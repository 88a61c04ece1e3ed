namespace CaseRegister.Web.Domain.Inclusion;

// SPEC §2.3, one function per rule. InclusionCheck runs them all.
public static class InclusionRules
{
    public const int MinimumAge = 8;

    // Youth care under the Jeugdwet ends at 18 and extended youth care (verlengde jeugdhulp) at 23.
    // Older youths may still take part, but only when the coordinator confirms it is deliberate.
    public const int AgeNeedingConfirmation = 23;

    // Not one of the six rules in §2.3, but every other rule reasons from the inclusion date, and
    // an inclusion in the future would let a youth be enrolled on a promise.
    public static RuleResult InclusionDateNotInFuture(EnrolmentCandidate candidate, DateOnly today) =>
        candidate.InclusionDate > today
            ? RuleResult.Fail(new RuleMessage(EnrolmentFields.InclusionDate, InclusionMessages.InclusionDateInFuture, candidate.InclusionDate))
            : RuleResult.Pass;

    // Rule 1. No upper bound: youths stay in the study past 18.
    public static RuleResult AgeAtInclusion(EnrolmentCandidate candidate)
    {
        if (candidate.DateOfBirth > candidate.InclusionDate)
            return RuleResult.Fail(new RuleMessage(EnrolmentFields.DateOfBirth, InclusionMessages.BornAfterInclusionDate));

        var age = Age.InYears(candidate.DateOfBirth, candidate.InclusionDate);
        if (age < MinimumAge)
            return RuleResult.Fail(new RuleMessage(EnrolmentFields.DateOfBirth, InclusionMessages.TooYoung, age));
        if (age >= AgeNeedingConfirmation)
        {
            return RuleResult.Warn(new InclusionWarning(
                new RuleMessage(EnrolmentFields.ConfirmAgeWarning, InclusionMessages.AgeWarning, age),
                candidate.AgeWarningConfirmed));
        }
        return RuleResult.Pass;
    }

    // Rule 2. Any other current setting (pleegzorg, gezinshuis, home ...) does not qualify; a youth
    // who later moves there stays in the study, which is why this is only checked at enrolment.
    public static RuleResult IntensiveCareSetting(EnrolmentCandidate candidate) =>
        candidate.CurrentCareSetting switch
        {
            null => RuleResult.Fail(new RuleMessage(EnrolmentFields.CareSetting, InclusionMessages.CareSettingMissing)),
            var setting when setting.Value.IsIntensive() => RuleResult.Pass,
            _ => RuleResult.Fail(new RuleMessage(EnrolmentFields.CareSetting, InclusionMessages.CareSettingNotIntensive)),
        };

    // Rule 3. The discussion must have happened: not in the future, and not after the inclusion it
    // is the ground for. A date in the future is reported once, not also as "after inclusion".
    public static RuleResult DiscussedInStudyExpertTeam(EnrolmentCandidate candidate, DateOnly today)
    {
        var failures = new List<RuleMessage>();

        if (candidate.RegionId is null)
            failures.Add(new RuleMessage(EnrolmentFields.RegionId, InclusionMessages.RegionMissing));
        else if (!candidate.RegionBelongsToStudy)
            failures.Add(new RuleMessage(EnrolmentFields.RegionId, InclusionMessages.RegionNotInStudy));

        if (candidate.ExpertTeamId is null)
            failures.Add(new RuleMessage(EnrolmentFields.ExpertTeamId, InclusionMessages.ExpertTeamMissing));

        if (candidate.ExpertTeamDiscussedOn is not { } discussedOn)
        {
            failures.Add(new RuleMessage(EnrolmentFields.ExpertTeamDiscussedOn, InclusionMessages.ExpertTeamDateMissing));
        }
        else if (discussedOn > today)
        {
            failures.Add(new RuleMessage(EnrolmentFields.ExpertTeamDiscussedOn, InclusionMessages.ExpertTeamDateInFuture, discussedOn));
        }
        else if (discussedOn > candidate.InclusionDate)
        {
            failures.Add(new RuleMessage(
                EnrolmentFields.ExpertTeamDiscussedOn, InclusionMessages.ExpertTeamDateAfterInclusionDate, discussedOn, candidate.InclusionDate));
        }

        return failures.Count == 0 ? RuleResult.Pass : RuleResult.Fail([.. failures]);
    }

    // Rule 4. Which consents are needed for the youth's age is the consent evaluator's job (§2.4,
    // policy file); this rule only refuses while it reports something missing, one message each.
    public static RuleResult ConsentComplete(EnrolmentCandidate candidate) =>
        candidate.MissingConsents.Count == 0
            ? RuleResult.Pass
            : RuleResult.Fail([.. candidate.MissingConsents.Select(missing =>
                new RuleMessage(EnrolmentFields.Consent, InclusionMessages.ConsentIncomplete, missing))]);

    // Rule 5. An open cohort alone is not enough: backdating an inclusion into another year's
    // period would put the case in the wrong cohort for every analysis.
    public static RuleResult CohortOpen(EnrolmentCandidate candidate)
    {
        var failures = new List<RuleMessage>();
        if (!candidate.CohortIsOpen)
            failures.Add(new RuleMessage(EnrolmentFields.CohortId, InclusionMessages.CohortClosed));

        var period = candidate.CohortInclusionPeriod;
        if (!period.Contains(candidate.InclusionDate))
        {
            failures.Add(new RuleMessage(
                EnrolmentFields.InclusionDate, InclusionMessages.InclusionDateOutsideCohortPeriod,
                candidate.InclusionDate, period.Start, period.End));
        }
        return failures.Count == 0 ? RuleResult.Pass : RuleResult.Fail([.. failures]);
    }

    // Rule 6. The blind index can match two different youths with the same surname and date of
    // birth, so a possible duplicate never blocks outright; the override needs a reason that the
    // audit log keeps. A reason of only spaces is no reason.
    public static RuleResult NotAlreadyEnrolled(EnrolmentCandidate candidate)
    {
        if (!candidate.DuplicateCheck.FoundPossibleDuplicates)
            return RuleResult.Pass;

        var codes = string.Join(", ", candidate.DuplicateCheck.PossibleDuplicateResearchCodes);
        return RuleResult.Warn(new InclusionWarning(
            new RuleMessage(EnrolmentFields.DuplicateOverrideReason, InclusionMessages.PossibleDuplicate, codes),
            !string.IsNullOrWhiteSpace(candidate.DuplicateOverrideReason)));
    }
}
