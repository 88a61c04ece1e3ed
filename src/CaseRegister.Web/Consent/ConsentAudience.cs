namespace CaseRegister.Web.Consent;

// Who a consent form is written for. The parents' form is also the guardian's form.
public enum ConsentAudience { Parents, Youth8To11, Youth12To15, Youth16To17, YoungAdult }

public enum ConsentKind { Consent, Assent, Information }

public static class ConsentAudiences
{
    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];

    private static readonly (ConsentAudience Audience, string Name, int MinAge, int? MaxAge)[] Table =
    [
        // The ages are those of the youth, also on the parents' form.
        (ConsentAudience.Parents, "parents", 8, 17),
        (ConsentAudience.Youth8To11, "youth-8-11", 8, 11),
        (ConsentAudience.Youth12To15, "youth-12-15", 12, 15),
        (ConsentAudience.Youth16To17, "youth-16-17", 16, 17),
        (ConsentAudience.YoungAdult, "young-adult", 18, null),
    ];

    public static string Name(this ConsentAudience audience) => Table.Single(t => t.Audience == audience).Name;

    public static int MinAge(this ConsentAudience audience) => Table.Single(t => t.Audience == audience).MinAge;

    public static int? MaxAge(this ConsentAudience audience) => Table.Single(t => t.Audience == audience).MaxAge;

    public static bool IsForYouth(this ConsentAudience audience) => audience != ConsentAudience.Parents;

    // The youth's own form for an age, from the same table; null below 8.
    public static ConsentAudience? ForYouthAged(int age) =>
        Table.Where(t => t.Audience.IsForYouth() && age >= t.MinAge && (t.MaxAge is null || age <= t.MaxAge)).Select(t => (ConsentAudience?)t.Audience).FirstOrDefault();

    public static bool TryParseAudience(string name, out ConsentAudience audience)
    {
        foreach (var row in Table)
        {
            if (row.Name == name)
            {
                audience = row.Audience;
                return true;
            }
        }
        audience = default;
        return false;
    }

    public static string AllNames => string.Join(", ", Table.Select(t => t.Name));

    public static string Name(this ConsentKind kind) => kind switch
    {
        ConsentKind.Consent => "consent",
        ConsentKind.Assent => "assent",
        _ => "information",
    };

    public static bool TryParseKind(string name, out ConsentKind kind)
    {
        foreach (var candidate in Enum.GetValues<ConsentKind>())
        {
            if (candidate.Name() == name)
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static string AllKindNames => string.Join(", ", Enum.GetValues<ConsentKind>().Select(k => k.Name()));
}
