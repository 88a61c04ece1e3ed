using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Protocols;

// Item ids the analysis pack and the microdata export read across protocols and versions. The
// catalogue refuses a protocol that drops one or changes its shape, because analyses would
// otherwise silently lose a wave.
public static class StableItems
{
    public const string ProblemSeverity = "problem_severity";
    public const string Strengths = "strengths";
    public const string GasGoal1 = "gas_goal1";
    public const string CurrentSetting = "current_setting";
    public const string DaysInCareSinceLast = "days_in_care_since_last";
    public const string PlacementsSinceLast = "placements_since_last";

    internal static IEnumerable<(string ItemId, string Message)> Check(Protocol protocol)
    {
        foreach (var problem in Scale(protocol, ProblemSeverity, 0, 10))
            yield return problem;
        foreach (var problem in Scale(protocol, Strengths, 0, 10))
            yield return problem;
        foreach (var problem in Count(protocol, DaysInCareSinceLast))
            yield return problem;
        foreach (var problem in Count(protocol, PlacementsSinceLast))
            yield return problem;

        if (protocol.WaveKind == WaveKind.FollowUp)
        {
            foreach (var problem in Scale(protocol, GasGoal1, -2, 2))
                yield return problem;
        }

        // A baseline protocol may ask for the setting too; if it does, the codes must be the same.
        if (protocol.WaveKind == WaveKind.FollowUp || protocol.FindItem(CurrentSetting) is not null)
        {
            foreach (var problem in Setting(protocol))
                yield return problem;
        }
    }

    private static IEnumerable<(string, string)> Scale(Protocol protocol, string id, int min, int max)
    {
        var item = protocol.FindItem(id);
        if (item is null)
            yield return (id, $"het analyse-item '{id}' ontbreekt; de analyses hebben een schaal van {min} tot {max} met dit id nodig.");
        else if (item.Type != ItemType.Scale || item.Min != min || item.Max != max)
            yield return (id, $"het analyse-item '{id}' moet een schaal (type scale) van {min} tot {max} zijn.");
    }

    private static IEnumerable<(string, string)> Count(Protocol protocol, string id)
    {
        var item = protocol.FindItem(id);
        if (item is null)
            yield return (id, $"het analyse-item '{id}' ontbreekt; de analyses hebben een telling (type number, min 0) met dit id nodig.");
        else if (item.Type != ItemType.Number || item.Min is not { } min || min < 0 || item.Decimals != 0)
            yield return (id, $"het analyse-item '{id}' moet een geheel getal zijn (type number, min 0 of hoger, zonder decimalen).");
    }

    private static IEnumerable<(string, string)> Setting(Protocol protocol)
    {
        var item = protocol.FindItem(CurrentSetting);
        var expected = Enum.GetNames<CareSetting>();
        if (item is null)
        {
            yield return (CurrentSetting, $"het analyse-item '{CurrentSetting}' ontbreekt; de analyses hebben een enkele keuze met de codes {string.Join(", ", expected)} nodig.");
            yield break;
        }

        var codes = item.Options.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        if (item.Type != ItemType.SingleChoice || !codes.SetEquals(expected))
        {
            yield return (CurrentSetting,
                $"het analyse-item '{CurrentSetting}' moet een enkele keuze (single_choice) zijn met precies de codes {string.Join(", ", expected)}.");
        }
    }
}
