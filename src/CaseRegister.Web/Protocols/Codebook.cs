namespace CaseRegister.Web.Protocols;

public sealed record CodebookCode(string Id, string Label, string Description);

public sealed record CodebookGroup(string Id, string Title, string? Description, IReadOnlyList<CodebookCode> Codes);

public sealed record Codebook(int Version, string Title, IReadOnlyList<CodebookGroup> Groups)
{
    // The analysis pack counts youths per theme in these groups (SPEC §3.1 table 6), so their
    // ids are part of the contract with the analysis code, like the stable item ids.
    public const string Bottlenecks = "bottlenecks";
    public const string MissingCare = "missing_care";
    public const string ExpertiseAreas = "expertise_areas";
    public const string ContextDynamics = "context_dynamics";

    public static IReadOnlyList<string> RequiredGroups { get; } = [Bottlenecks, MissingCare, ExpertiseAreas, ContextDynamics];

    // SPEC §2.5: the seven context dynamics (Olivier-Pijpers) are fixed by the study design.
    public static IReadOnlyList<string> ContextDynamicCodes { get; } =
        ["attribution", "truth", "blame", "influence", "recognition", "formation", "dependency"];

    private readonly Dictionary<string, (CodebookGroup Group, CodebookCode Code)> _codes =
        Groups.SelectMany(g => g.Codes.Select(c => (g, c))).ToDictionary(x => x.c.Id, x => (x.g, x.c), StringComparer.Ordinal);

    public IEnumerable<CodebookCode> Codes => Groups.SelectMany(g => g.Codes);

    public CodebookCode? FindCode(string codeId) => _codes.TryGetValue(codeId, out var hit) ? hit.Code : null;

    public CodebookGroup? GroupOf(string codeId) => _codes.TryGetValue(codeId, out var hit) ? hit.Group : null;

    public CodebookGroup? FindGroup(string groupId) => Groups.FirstOrDefault(g => g.Id == groupId);
}
