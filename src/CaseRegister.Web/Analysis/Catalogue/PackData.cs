using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Web.Analysis.Catalogue;

// The steering group's choice: which cohorts (by inclusion year) and which waves (T0, T6 …).
public sealed record PackSelection(IReadOnlyList<int> CohortYears, IReadOnlyList<string> Waves)
{
    // The canonical spelling of the pooled cohorts in the release ledger ("2026+2027").
    public string CohortSet => string.Join('+', CohortYears.Distinct().Order());
}

public sealed record CohortInfo(Guid Id, int Year, string Label);

public sealed record RegionInfo(Guid Id, string Name);

public sealed record WaveInfo(string Label, int MonthsAfterBaseline, WaveKind Kind);

// Everything the catalogue reads, reduced to pseudonymous facts. Cases are known by their internal
// id only (never the research code), and nothing here holds free text.
public sealed class PackData
{
    public required PackSelection Selection { get; init; }
    public required int Threshold { get; init; }

    // Only demonstration cases exist: then they are analysed (and the report says so); otherwise
    // demonstration cases are left out.
    public required bool DemoData { get; init; }
    public required IReadOnlyList<CohortInfo> Cohorts { get; init; }
    public required IReadOnlyList<RegionInfo> Regions { get; init; }

    // The chosen waves, in the order of the schedule.
    public required IReadOnlyList<WaveInfo> Waves { get; init; }
    public required IReadOnlyList<EnrolmentCount> Enrolment { get; init; }
    public required IReadOnlyList<CaseFact> Cases { get; init; }
    public required IReadOnlyList<PlacementFact> Placements { get; init; }
    public required IReadOnlyList<WaveFact> CaseWaves { get; init; }
    public required IReadOnlyList<AnswerFact> YouthAnswers { get; init; }
    public required IReadOnlyList<ParticipationFact> Participation { get; init; }
    public required IReadOnlyList<WaveAgeFact> AdultWaveAges { get; init; }
    public required IReadOnlyList<AdviceFact> Advice { get; init; }
    public required IReadOnlyList<CodeFact> Codes { get; init; }
    public required Codebook Codebook { get; init; }
}

public sealed record CaseFact(Guid Id, Guid CohortId, Guid RegionId, int AgeAtInclusion, Sex Sex, CaseStatus Status, DateOnly InclusionDate, DateOnly? EndedOn);

// Family 1 counted in the database: youths per cohort and one breakdown ("region", "setting",
// "ageband", "sex") with the band code.
public sealed record EnrolmentCount(Guid CohortId, string Dimension, string Code, int Youths)
{
    // The same counts from per-youth facts (tests build small studies in memory).
    public static IReadOnlyList<EnrolmentCount> FromCases(IEnumerable<CaseFact> cases, IEnumerable<PlacementFact> placements)
    {
        var byCase = placements.GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.StartedOn).ToList());
        return cases.SelectMany(c =>
            {
                var own = byCase.GetValueOrDefault(c.Id) ?? [];
                return new[]
                {
                    ("region", CatalogueBuilder.RegionCode(c.RegionId)),
                    ("setting", Bands.InclusionSetting(Bands.PlacementOn(own, c.InclusionDate) ?? (own is [var first, ..] ? first.Setting : null))),
                    ("ageband", Bands.AgeBand(c.AgeAtInclusion)),
                    ("sex", c.Sex.ToString()),
                }.Select(x => (c.CohortId, x.Item1, x.Item2));
            })
            .GroupBy(x => x).Select(g => new EnrolmentCount(g.Key.CohortId, g.Key.Item2, g.Key.Item3, g.Count())).ToList();
    }
}

public sealed record PlacementFact(Guid CaseId, CareSetting Setting, DateOnly StartedOn, int AgeAtStart);

public sealed record WaveFact(Guid CaseId, string Label, WaveStatus Status, DateOnly DueOn, DateOnly? CompletedOn);

// A structured answer of the youth's own interview to one of the stable analysis items.
public sealed record AnswerFact(Guid CaseId, string Label, string ItemId, string Value);

// Distinct youths with a completed interview of an informant at a wave (counted in the database).
public sealed record ParticipationFact(string Label, Informant Informant, int Youths);

// The youth's age at a wave (the highest age recorded by that wave's interviews), only for youths
// who were under 18 at inclusion and reached 18 in one of the chosen waves.
public sealed record WaveAgeFact(Guid CaseId, string Label, int Age);

// One advice reduced to its categories; several advices of one youth with the same categories
// arrive once (the unit is the youth).
public sealed record AdviceFact(Guid CaseId, AdviceCategory Category, AdviceAddressee Addressee, AdviceFollowed? Followed, Improvement? Improved);

public sealed record CodeFact(Guid CaseId, string Label, string CodeId);
