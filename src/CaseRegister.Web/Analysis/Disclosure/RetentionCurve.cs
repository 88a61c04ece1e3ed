using System.Globalization;

namespace CaseRegister.Web.Analysis.Disclosure;

// Events (drop-outs: withdrawn, lost, deceased …) at one wave, and youths who leave observation
// at that wave without an event (censored: e.g. a later cohort has had fewer waves).
public sealed record RetentionWave(string Wave, int Events, int Censored = 0);

public sealed class RetentionTable
{
    public RetentionTable(string id, string population, string cohortSet, int startingCount, IReadOnlyList<RetentionWave> waves,
        CategoryKey? category = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(population);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohortSet);
        ArgumentNullException.ThrowIfNull(waves);
        ArgumentOutOfRangeException.ThrowIfNegative(startingCount);
        if (waves.Count == 0) throw new ArgumentException($"Retention table '{id}' has no waves.", nameof(waves));
        if (waves.Any(w => w.Events < 0 || w.Censored < 0))
            throw new ArgumentException($"Retention table '{id}' has a negative count.", nameof(waves));
        if (waves.Sum(w => w.Events + w.Censored) > startingCount)
            throw new ArgumentException($"Retention table '{id}' loses more youths than it starts with.", nameof(waves));
        Id = id;
        Population = population;
        CohortSet = cohortSet;
        StartingCount = startingCount;
        Waves = waves;
        Category = category ?? CategoryKey.All;
    }

    public string Id { get; }

    public string Population { get; }

    public string CohortSet { get; }

    public int StartingCount { get; }

    public IReadOnlyList<RetentionWave> Waves { get; }

    // The group the curve is for (e.g. a cohort or region); All for everyone.
    public CategoryKey Category { get; }
}

// One merged interval: the events in it, and the share of youths still in the study at its end.
public sealed record RetentionInterval(string FromWave, string ToWave, ProtectedCell Events, StatisticValue Retained);

public sealed class ProtectedRetentionCurve(RetentionTable source, ProtectedCell startingCount, IReadOnlyList<RetentionInterval> intervals)
{
    public RetentionTable Source { get; } = source;

    public ProtectedCell StartingCount { get; } = startingCount;

    public IReadOnlyList<RetentionInterval> Intervals { get; } = intervals;
}

// R8: consecutive waves are merged until at least `threshold` events have accumulated, so that no
// point of the curve rests on a few identifiable drop-outs. Events left over at the end (fewer than
// the threshold) join the last interval. If the whole curve has fewer events, it is one interval.
internal static class RetentionMerging
{
    public static IReadOnlyList<(int First, int Last)> Merge(IReadOnlyList<int> eventsPerWave, int threshold)
    {
        var intervals = new List<(int First, int Last)>();
        int first = 0, accumulated = 0;
        for (var w = 0; w < eventsPerWave.Count; w++)
        {
            accumulated += eventsPerWave[w];
            if (accumulated < threshold) continue;
            intervals.Add((first, w));
            first = w + 1;
            accumulated = 0;
        }
        if (first < eventsPerWave.Count)
        {
            if (intervals.Count == 0) intervals.Add((first, eventsPerWave.Count - 1));
            else intervals[^1] = (intervals[^1].First, eventsPerWave.Count - 1);
        }
        return intervals;
    }
}

internal sealed class RetentionState
{
    public RetentionState(RetentionTable table, DisclosureParameters parameters)
    {
        Table = table;
        Start = new CountCell(Address(table, table.Category.With("count", "start")), table.StartingCount);
        var atRisk = table.StartingCount;
        var retained = 1.0;
        foreach (var (first, last) in RetentionMerging.Merge(table.Waves.Select(w => w.Events).ToList(), parameters.Threshold))
        {
            var events = 0;
            for (var w = first; w <= last; w++)
            {
                var wave = table.Waves[w];
                // Product-limit (Kaplan–Meier) over the waves; only interval ends are shown.
                if (atRisk > 0) retained *= 1 - (double)wave.Events / atRisk;
                atRisk -= wave.Events + wave.Censored;
                events += wave.Events;
            }
            string from = table.Waves[first].Wave, to = table.Waves[last].Wave;
            var label = first == last ? from : $"{from}-{to}";
            Intervals.Add(new IntervalState(from, to,
                new CountCell(Address(table, table.Category.With("interval", label)), events), atRisk, retained));
        }
    }

    public RetentionTable Table { get; }

    public CountCell Start { get; }

    public List<IntervalState> Intervals { get; } = [];

    public IEnumerable<CountCell> Cells => Intervals.Select(i => i.Events).Prepend(Start);

    private static CellAddress Address(RetentionTable table, CategoryKey category) =>
        new(table.Id, table.Population, table.CohortSet, FrequencyTable.NoWave, category);

    internal sealed class IntervalState(string fromWave, string toWave, CountCell events, int remaining, double retained)
    {
        public string FromWave { get; } = fromWave;

        public string ToWave { get; } = toWave;

        public CountCell Events { get; } = events;

        // Youths still observed after the interval (not published; decides what may be).
        public int Remaining { get; } = remaining;

        public double Retained { get; } = retained;

        public StatisticStatus RetainedStatus { get; set; }
    }
}

// The curve's figures hang together: the start count minus the events gives the number left (when
// nobody is censored), and each cumulative share contains all earlier events. So once a figure of
// the curve is withheld, every later share is withheld too, and an interval after which fewer than
// `threshold` youths remain has its events withheld (they would give the small remainder away).
internal static class RetentionRules
{
    public static int Apply(RetentionState curve, DisclosureParameters parameters)
    {
        var changed = 0;
        var broken = curve.Start.IsSuppressed;
        foreach (var interval in curve.Intervals)
        {
            if (PrimarySuppression.IsSmall(interval.Remaining, parameters.Threshold) &&
                interval.Events.Suppress(CellStatus.SecondarySuppressed))
                changed++;
            broken |= interval.Events.IsSuppressed;

            var status = broken ? StatisticStatus.ProtectsOtherGroup
                // R4: the share is remaining / start; both must reach the threshold.
                : interval.Remaining < parameters.Threshold || curve.Start.TrueValue < parameters.Threshold ? StatisticStatus.TooFewYouths
                : StatisticStatus.Published;
            if (interval.RetainedStatus == StatisticStatus.Published && status != StatisticStatus.Published)
            {
                interval.RetainedStatus = status;
                changed++;
            }
        }
        return changed;
    }

    public static ProtectedRetentionCurve Protect(RetentionState curve, DisclosureParameters parameters) =>
        new(curve.Table, ProtectedCell.From(curve.Start, parameters), curve.Intervals.Select(i => new RetentionInterval(
            i.FromWave, i.ToWave, ProtectedCell.From(i.Events, parameters),
            i.RetainedStatus == StatisticStatus.Published
                ? new StatisticValue(WholePercent(i.Retained), StatisticStatus.Published,
                    WholePercent(i.Retained).ToString("0", CultureInfo.InvariantCulture) + "%")
                : new StatisticValue(null, i.RetainedStatus, DisclosureParameters.WithheldLabel))).ToList());

    private static double WholePercent(double share) => Math.Round(100 * share, MidpointRounding.AwayFromZero);
}
