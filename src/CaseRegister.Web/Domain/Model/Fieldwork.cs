using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Security;

namespace CaseRegister.Web.Domain.Model;

// A measurement moment of a case (T0, T6, ...) as planned by WaveSchedule.
public class Wave
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string Label { get; set; }
    public WaveKind Kind { get; set; }
    public int MonthsAfterBaseline { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly WindowOpensOn { get; set; }
    public DateOnly WindowClosesOn { get; set; }
    public WaveStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public bool ConsentBlocked { get; set; }
    public List<Interview> Interviews { get; set; } = [];
}

public enum CaseTaskKind { WaveContact, Reconsent }

// Work for the interviewer: contact for a wave, or re-consent at an age milestone. Created and
// closed by the scheduled jobs, idempotently (one task per case, kind and wave or milestone).
public class CaseTask
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public CaseTaskKind Kind { get; set; }
    public Guid? WaveId { get; set; }
    public int? MilestoneAge { get; set; }
    public DateOnly DueOn { get; set; }
    public ContactTaskState State { get; set; }
    public bool ConsentBlocked { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
}

public class ContactAttempt
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid? WaveId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public ContactChannel Channel { get; set; }
    public ContactOutcome Outcome { get; set; }
    public DateOnly? NextAttemptOn { get; set; }

    [Encrypted(FieldFamily.FreeText)]
    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public Guid? RecordedByUserId { get; set; }
}

// One informant's interview in a wave, recorded against the protocol version in force.
public class Interview : ITracked, IVersioned
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid WaveId { get; set; }
    public Informant Informant { get; set; }
    public Guid? PersonId { get; set; }
    public InterviewStatus Status { get; set; }
    public required string ProtocolId { get; set; }
    public int ProtocolVersion { get; set; }
    public DateOnly? InterviewedOn { get; set; }
    public int? AgeOfYouth { get; set; }
    public DateTime? CompletedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public Guid Version { get; set; }

    public List<Answer> Answers { get; set; } = [];
}

// Structured answers in clear (pseudonymous, keyed by the case's research code); free text only
// in the encrypted column. Missing data are explicit codes, never blanks.
public class Answer
{
    public Guid Id { get; set; }
    public Guid InterviewId { get; set; }
    public required string ItemId { get; set; }
    public string? Value { get; set; }
    public MissingCode? Missing { get; set; }

    [Encrypted(FieldFamily.FreeText)]
    public string? Text { get; set; }
}

public enum AdviceCategory { CareOffer, Cooperation, Education, Family, Safety, Transition18, Funding, Housing, Other }

public enum Improvement { Yes, Partly, No, NotKnown }

// Feedback and advice (meekijkspoor), and at a later wave whether it was followed.
public class Advice
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid WaveId { get; set; }
    public AdviceCategory Category { get; set; }
    public AdviceAddressee Addressee { get; set; }
    public bool IsFeedbackOnly { get; set; }

    [Encrypted(FieldFamily.FreeText)]
    public string? Text { get; set; }

    public DateOnly GivenOn { get; set; }
    public Guid? FollowUpWaveId { get; set; }
    public AdviceFollowed? Followed { get; set; }
    public Improvement? SituationImproved { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public Guid? RecordedByUserId { get; set; }
}

// A code from the study codebook applied to a case and wave, optionally pointing at the answer
// (interview item) the coded passage comes from. Counts are of youths, not mentions.
public class CodedSegment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid WaveId { get; set; }
    public Guid? InterviewId { get; set; }
    public string? ItemId { get; set; }
    public required string CodeId { get; set; }

    [Encrypted(FieldFamily.FreeText)]
    public string? Memo { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public Guid? RecordedByUserId { get; set; }
}
