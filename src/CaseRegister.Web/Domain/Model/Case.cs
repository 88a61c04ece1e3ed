using CaseRegister.Web.Consent;
using CaseRegister.Web.Security;

namespace CaseRegister.Web.Domain.Model;

// One youth followed over time. Identifying data live only in encrypted fields (here and on
// CasePerson); everything in clear is pseudonymous and keyed by the research code.
public class Case : ITracked, IVersioned
{
    public Guid Id { get; set; }
    public required string ResearchCode { get; set; }
    public Guid CohortId { get; set; }
    public CaseStatus Status { get; set; }
    public Guid RegionId { get; set; }
    public Guid ExpertTeamId { get; set; }
    public DateOnly ExpertTeamDiscussedOn { get; set; }
    public DateOnly InclusionDate { get; set; }
    public int AgeAtInclusion { get; set; }
    public Sex Sex { get; set; }
    public Guid? AssignedInterviewerId { get; set; }
    public DateOnly? EndedOn { get; set; }
    public bool IsDemo { get; set; }

    // Kept up to date by enrolment, consent changes and the daily age-milestone job, so that lists
    // can filter on it without decrypting dates of birth.
    public ConsentStatusKind ConsentState { get; set; }

    // HMAC of normalised surname + date of birth, truncated (see BlindIndex); null once erased.
    public int? BlindIndex { get; set; }

    [Encrypted(FieldFamily.Identity)]
    public string? DateOfBirth { get; set; }

    public DateTime? IdentityErasedAtUtc { get; set; }

    // Why the coordinator enrolled despite a possible duplicate (SPEC §2.3 rule 6).
    [Encrypted(FieldFamily.FreeText)]
    public string? DuplicateOverrideReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public Guid Version { get; set; }

    public List<CasePerson> Persons { get; set; } = [];
    public List<Placement> Placements { get; set; } = [];
    public List<ConsentRecord> Consents { get; set; } = [];
    public List<Assignment> Assignments { get; set; } = [];
    public List<Wave> Waves { get; set; } = [];

    public bool IsActive => Status is CaseStatus.Enrolled or CaseStatus.Active;
}

// The youth, a holder of parental authority, a guardian or an involved professional.
public class CasePerson
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public PersonRole Role { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    [Encrypted(FieldFamily.Identity)]
    public string? Name { get; set; }

    // Relation to the youth (e.g. "moeder") or, for a professional, the organisation.
    [Encrypted(FieldFamily.Identity)]
    public string? Relation { get; set; }

    [Encrypted(FieldFamily.Contact)]
    public string? Address { get; set; }

    [Encrypted(FieldFamily.Contact)]
    public string? Phone { get; set; }

    [Encrypted(FieldFamily.Contact)]
    public string? Email { get; set; }
}

// Care placement history: appended, never overwritten.
public class Placement
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public CareSetting Setting { get; set; }
    public DateOnly StartedOn { get; set; }
    public int AgeAtStart { get; set; }
    public Guid? WaveId { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public Guid? RecordedByUserId { get; set; }
}

public class Assignment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid InterviewerId { get; set; }
    public DateTime AssignedAtUtc { get; set; }
    public Guid? AssignedByUserId { get; set; }
    public DateTime? EndedAtUtc { get; set; }
}

public enum WithdrawnBy { Youth, Parent, Guardian, Coordinator, Other }

public class Withdrawal
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public DateOnly WithdrawnOn { get; set; }
    public WithdrawnBy WithdrawnBy { get; set; }
    public WithdrawalScope Scope { get; set; }
    public bool IsObjection { get; set; }
    public int AgeAtWithdrawal { get; set; }

    [Encrypted(FieldFamily.FreeText)]
    public string? Reason { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public Guid? RecordedByUserId { get; set; }
}

// What remains of a case erased completely (withdrawal scope 3): its code, so that it is never
// reused and the audit trail still makes sense. No research data, no identity.
public class ErasedCase
{
    public required string ResearchCode { get; set; }
    public Guid CohortId { get; set; }
    public DateTime ErasedAtUtc { get; set; }
}
