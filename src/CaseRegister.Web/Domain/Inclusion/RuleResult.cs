namespace CaseRegister.Web.Domain.Inclusion;

// What one inclusion rule found. A rule can report several failures (a missing region and a
// missing discussion date are two things to fix), so the form can show them all at once.
public sealed record RuleResult(IReadOnlyList<RuleMessage> Failures, IReadOnlyList<InclusionWarning> Warnings)
{
    public static RuleResult Pass { get; } = new([], []);

    public bool Passed => Failures.Count == 0;

    public static RuleResult Fail(params RuleMessage[] failures) => new(failures, []);

    public static RuleResult Warn(InclusionWarning warning) => new([], [warning]);
}

// A finding that does not block inclusion by itself but needs the coordinator's explicit answer
// (a confirmation, or an override with a reason). IsConfirmed says whether that answer is given;
// a confirmed warning is still reported so the page can keep showing what was confirmed.
public sealed record InclusionWarning(RuleMessage Message, bool IsConfirmed);
