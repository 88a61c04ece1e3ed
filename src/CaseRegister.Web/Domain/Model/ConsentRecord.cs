using CaseRegister.Web.Security;

namespace CaseRegister.Web.Domain.Model;

// Consent of one person on one form version (SPEC §2.4), with the hash of the text that was shown.
public class ConsentRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public required string TemplateId { get; set; }
    public int TemplateVersion { get; set; }
    public required string Language { get; set; }
    public required string TemplateSha256 { get; set; }
    public DateOnly GivenOn { get; set; }
    public int AgeOfYouthAtConsent { get; set; }
    public ConsentMethod Method { get; set; }
    public Guid? ObtainedByUserId { get; set; }
    public Guid? ScanId { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

// The signed form, encrypted like every identifying field. Server-generated id, no file name.
public class ConsentScan
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string ContentType { get; set; }
    public int SizeBytes { get; set; }

    [Encrypted(FieldFamily.Scan)]
    public required byte[] Content { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
