namespace CaseRegister.Web.Analysis.Ledger;

// One delivered analysis pack (SPEC §3.2 R10): who, when, which tables and with which
// parameters, plus every figure it published. Rows are only ever added: later releases are checked
// against these figures, and the release can be reconstructed from them.
public class AnalysisRelease
{
    public Guid Id { get; set; }

    // 1, 2, 3 … without gaps, unique: a release is computed against the ledger as it stood at the
    // previous number, so two releases computed at the same time cannot both be recorded (the
    // second one is computed again and then sees the first).
    public int Sequence { get; set; }

    public DateTime PublishedAtUtc { get; set; }
    public Guid? PublishedByUserId { get; set; }
    public required string PublishedBy { get; set; }
    public int Threshold { get; set; }
    public required string CohortSet { get; set; }
    public required string Waves { get; set; }
    public required string Format { get; set; }
    public required string Language { get; set; }
    public bool DemoData { get; set; }
    public required string TableIds { get; set; }
    public int FigureCount { get; set; }

    public List<PublishedFigure> Figures { get; set; } = [];
}

// A figure as published: its ledger address, the true value behind it (confidential: only for
// the R10b comparison, never shown) and what was displayed.
public class PublishedFigure
{
    public Guid Id { get; set; }
    public Guid ReleaseId { get; set; }
    public required string TableId { get; set; }
    public required string CohortSet { get; set; }
    public required string Wave { get; set; }
    public required string CategoryKey { get; set; }
    public bool IsCount { get; set; }
    public double TrueValue { get; set; }
    public required string Display { get; set; }
}
