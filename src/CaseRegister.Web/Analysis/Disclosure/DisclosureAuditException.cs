namespace CaseRegister.Web.Analysis.Disclosure;

// Thrown when a withheld cell can be computed from what a release would publish. The export must
// stop: a leak cannot be taken back once the file has been shared.
public sealed class DisclosureAuditException : Exception
{
    public DisclosureAuditException()
    {
    }

    public DisclosureAuditException(string message) : this(message, null)
    {
    }

    public DisclosureAuditException(string message, Exception? innerException) : base(message, innerException)
    {
        TableId = CohortSet = Wave = Category = string.Empty;
    }

    internal DisclosureAuditException(CellAddress cell)
        : base($"Disclosure audit failed: the withheld cell in {cell} can be computed from the published cells and totals. The export is stopped.")
    {
        TableId = cell.TableId;
        CohortSet = cell.CohortSet;
        Wave = cell.Wave;
        Category = cell.Category.Value;
    }

    public string TableId { get; } = string.Empty;

    public string CohortSet { get; } = string.Empty;

    public string Wave { get; } = string.Empty;

    public string Category { get; } = string.Empty;
}
