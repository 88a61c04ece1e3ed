using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;

namespace CaseRegister.Web.Analysis.Catalogue;

// The fixed bands of the catalogue (R0) and the rules that put a youth in one. Codes are stable:
// they end up in the release ledger, so a label may change but a code never.
public static class Bands
{
    public static IReadOnlyList<string> AgeBands { get; } = ["8-11", "12-15", "16-17", "18+"];

    // SPEC §3.1: 8–11, 12–15, 16–17, 18+. Inclusion starts at 8; a younger age (a data error)
    // would otherwise fall out of every table, so it joins the youngest band.
    public static string AgeBand(int age) => age switch
    {
        <= 11 => "8-11",
        <= 15 => "12-15",
        <= 17 => "16-17",
        _ => "18+",
    };

    // Setting at inclusion: one of the four settings inclusion requires, or "Other" for a case
    // whose placement history does not show one (a data problem the coordinator should see).
    public static IReadOnlyList<string> InclusionSettings { get; } =
        [nameof(CareSetting.JeugdzorgPlus), nameof(CareSetting.Jji), nameof(CareSetting.JGgz), nameof(CareSetting.Obc), nameof(CareSetting.Other)];

    public static string InclusionSetting(CareSetting? setting) =>
        setting is { } s && s.IsIntensive() ? s.ToString() : nameof(CareSetting.Other);

    // Care settings grouped for transitions: twelve settings over a few hundred youths would be
    // almost all small cells.
    public const string Intensive = "intensive";
    public const string Residential = "residential";
    public const string FamilyBased = "family-based";
    public const string Home = "home";
    public const string Independent = "independent";
    public const string OtherSetting = "other";

    public static IReadOnlyList<string> SettingBands { get; } = [Intensive, Residential, FamilyBased, Home, Independent, OtherSetting];

    public static string SettingBand(CareSetting setting) => setting switch
    {
        CareSetting.JeugdzorgPlus or CareSetting.Jji or CareSetting.JGgz or CareSetting.Obc => Intensive,
        CareSetting.OpenResidential or CareSetting.SmallScaleLiving => Residential,
        CareSetting.FamilyHome or CareSetting.FosterCare => FamilyBased,
        CareSetting.Home => Home,
        CareSetting.IndependentLiving => Independent,
        _ => OtherSetting,
    };

    // Around the 18th birthday only three situations are told apart, plus "not known".
    public const string InCare = "in-care";
    public const string HomeOrIndependent = "home-or-independent";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> ContinuityBands { get; } = [InCare, HomeOrIndependent, OtherSetting, Unknown];

    public static string ContinuityBand(CareSetting? setting) => setting switch
    {
        null => Unknown,
        CareSetting.Home or CareSetting.IndependentLiving => HomeOrIndependent,
        CareSetting.Detention or CareSetting.Other => OtherSetting,
        _ => InCare,
    };

    public const string AdultAtInclusion = "18-plus-at-inclusion";
    public const string TurnedEighteen = "turned-18";
    public const string UnderEighteen = "under-18";

    public static IReadOnlyList<string> EighteenGroups { get; } = [UnderEighteen, TurnedEighteen, AdultAtInclusion];

    // Wave outcome per youth (table 2a). A wave after the case ended counts as the reason it
    // ended; otherwise the wave's own status decides. Deceased youths are counted with those lost
    // to follow-up: a separate category would be small and sensitive.
    public const string Completed = "completed";
    public const string Missed = "missed";
    public const string Withdrawn = "withdrawn";
    public const string Lost = "lost";
    public const string Open = "open";

    public static IReadOnlyList<string> WaveOutcomes { get; } = [Completed, Missed, Withdrawn, Lost, Open];

    public static string WaveOutcome(WaveFact wave, CaseFact youth)
    {
        ArgumentNullException.ThrowIfNull(wave);
        ArgumentNullException.ThrowIfNull(youth);
        if (wave.Status == WaveStatus.Completed) return Completed;
        var ended = youth.Status is CaseStatus.Withdrawn or CaseStatus.LostToFollowUp or CaseStatus.Deceased;
        var endReason = youth.Status == CaseStatus.Withdrawn ? Withdrawn : Lost;
        if (ended && (youth.EndedOn is not { } end || wave.DueOn >= end)) return endReason;
        return wave.Status switch
        {
            WaveStatus.Missed => Missed,
            WaveStatus.Cancelled => ended ? endReason : Withdrawn,
            _ => Open,
        };
    }

    public static bool IsDropOut(string waveOutcome) => waveOutcome is Withdrawn or Lost;

    // The placement in force on a date: the latest one started on or before it.
    public static CareSetting? PlacementOn(IReadOnlyList<PlacementFact> placementsByStart, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(placementsByStart);
        CareSetting? setting = null;
        foreach (var placement in placementsByStart)
        {
            if (placement.StartedOn > date) break;
            setting = placement.Setting;
        }
        return setting;
    }

    public const string Pending = "pending";

    public static IReadOnlyList<string> FollowedCodes { get; } =
        [nameof(AdviceFollowed.Yes), nameof(AdviceFollowed.Partly), nameof(AdviceFollowed.No), nameof(AdviceFollowed.NotKnown), Pending];

    public static IReadOnlyList<string> ImprovedCodes { get; } =
        [nameof(Improvement.Yes), nameof(Improvement.Partly), nameof(Improvement.No), nameof(Improvement.NotKnown), Pending];
}
