namespace CaseRegister.Web.Domain.Inclusion;

// Everything the inclusion rules need, gathered by the enrolment page. Lookups that need the
// database (does the region belong to the study, is the cohort open, what does the blind index
// say, what does the consent evaluator say) are done by the page and passed in as plain values,
// so the rules stay pure.
public sealed record EnrolmentCandidate
{
    public required DateOnly DateOfBirth { get; init; }
    public required DateOnly InclusionDate { get; init; }

    // Null while the coordinator has not chosen one.
    public CareSetting? CurrentCareSetting { get; init; }

    public Guid? RegionId { get; init; }
    public bool RegionBelongsToStudy { get; init; }
    public Guid? ExpertTeamId { get; init; }
    public DateOnly? ExpertTeamDiscussedOn { get; init; }

    // From the consent evaluator (§2.4), for the youth's age on the inclusion date: one readable
    // description per consent still missing. Empty means consent is complete.
    public IReadOnlyList<string> MissingConsents { get; init; } = [];

    public bool CohortIsOpen { get; init; }
    public required InclusionPeriod CohortInclusionPeriod { get; init; }

    public DuplicateCheckResult DuplicateCheck { get; init; } = DuplicateCheckResult.None;
    public string? DuplicateOverrideReason { get; init; }

    public bool AgeWarningConfirmed { get; init; }
}

// Both ends inclusive.
public sealed record InclusionPeriod(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

// The blind-index lookup (ARCHITECTURE §4) after candidates were decrypted and confirmed:
// the research codes of cases that may be the same youth.
public sealed record DuplicateCheckResult(IReadOnlyList<string> PossibleDuplicateResearchCodes)
{
    public static DuplicateCheckResult None { get; } = new([]);

    public bool FoundPossibleDuplicates => PossibleDuplicateResearchCodes.Count > 0;
}
