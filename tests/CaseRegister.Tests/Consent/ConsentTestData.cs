using CaseRegister.Web.Consent;

namespace CaseRegister.Tests.Consent;

// The shipped files are the system under test too: tests read them from the repository, not from
// copies, so a broken template or policy fails the build's tests.
internal static class ConsentTestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TemplatesFolder => Path.Combine(RepositoryRoot, "consent-templates");

    public static string PolicyPath => Path.Combine(RepositoryRoot, "protocols", "consent-policy.yaml");

    public static ConsentPolicy DefaultPolicy() => ConsentPolicy.Load(PolicyPath);

    public static ConsentPolicy PolicyWithActiveMilestoneAt16() =>
        ConsentPolicy.Parse(File.ReadAllText(PolicyPath).Replace("active: false", "active: true", StringComparison.Ordinal), "consent-policy.yaml");

    // Released long ago, so that tests about ages and milestones are not tangled with release dates.
    public static readonly DateOnly LongAgo = new(2000, 1, 1);

    public static ConsentTemplate Template(
        string id,
        ConsentAudience audience,
        int version = 1,
        DateOnly? released = null,
        bool requiresReconsent = false,
        ConsentKind? kind = null,
        string language = "nl") =>
        new(
            $"{id}.{language}.v{version}.md",
            id,
            version,
            language,
            audience,
            kind ?? (audience == ConsentAudience.Youth8To11 ? ConsentKind.Assent : ConsentKind.Consent),
            audience.MinAge(),
            audience.MaxAge(),
            requiresReconsent,
            released ?? LongAgo,
            id,
            "Tekst\n");

    // One v1 form per audience, as the shipped catalogue has.
    public static List<ConsentTemplate> StandardTemplates() =>
    [
        Template("parents", ConsentAudience.Parents),
        Template("youth-8-11", ConsentAudience.Youth8To11),
        Template("youth-12-15", ConsentAudience.Youth12To15),
        Template("youth-16-17", ConsentAudience.Youth16To17),
        Template("young-adult", ConsentAudience.YoungAdult),
    ];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseRegister.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CaseRegister.sln not found above " + AppContext.BaseDirectory);
    }
}
