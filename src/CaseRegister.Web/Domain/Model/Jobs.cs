namespace CaseRegister.Web.Domain.Model;

public enum JobOutcome { Running, Succeeded, Failed }

// One run of a scheduled job: what it did, for the admin jobs page and the audit of retention.
public class JobRun
{
    public Guid Id { get; set; }
    public required string JobName { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public JobOutcome Outcome { get; set; }
    public string? Counts { get; set; }
    public string? Message { get; set; }
    public string? Instance { get; set; }
}

// An in-app message to a user or to everyone with a role (e.g. an audit-chain break for admins).
// The text is a Dutch localisation key; no names or case content.
public class Notification
{
    public Guid Id { get; set; }
    public Guid? UserId { get; set; }
    public string? Role { get; set; }
    public required string Text { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
