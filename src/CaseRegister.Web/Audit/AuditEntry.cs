namespace CaseRegister.Web.Audit;

// One NEN 7513 log line. Never holds names, health content or identity values: a case appears
// only by its research code. Append-only: the DbContext refuses updates and deletes, and the
// hash chain exposes changes made around the application.
public class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public Guid? ActorUserId { get; set; }
    public string? ActorName { get; set; }
    public string? OnBehalfOf { get; set; }
    public required string Action { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? ResearchCode { get; set; }
    public string? Target { get; set; }
    public string? Details { get; set; }
    public string? ClientAddress { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

public enum AuditOutcome { Success, Denied, Failure }
