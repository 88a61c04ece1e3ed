using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace CaseRegister.Web.Analysis;

// The statistics the catalogue reports, in one place so that the methods note can say exactly how
// they were computed. Disclosure rules decide elsewhere whether a value may be shown.
public static class Descriptives
{
    public const double ConfidenceLevel = 0.95;

    // Hyndman & Fan (1996) definition 7: linear interpolation between order statistics at
    // position 1 + (n − 1)·p. It is R's and Excel's (KWARTIEL.INC) default, so analysts can
    // reproduce a published median or quartile with the tools they already use.
    public const QuantileDefinition QuantileMethod = QuantileDefinition.R7;

    public static TextFragment QuantileMethodsNote { get; } = new(
        "Mediaan en kwartielen zijn berekend volgens definitie 7 van Hyndman en Fan (1996), de standaard in R en Excel (KWARTIEL.INC): lineaire interpolatie tussen de geordende waarden op positie 1 + (n − 1) × p.");

    public static double Mean(IReadOnlyCollection<double> values)
    {
        RequireAtLeast(values, 1);
        return values.Mean();
    }

    // Sample standard deviation (denominator n − 1).
    public static double StandardDeviation(IReadOnlyCollection<double> values)
    {
        RequireAtLeast(values, 2);
        return values.StandardDeviation();
    }

    // Student t interval for a mean: mean ± t(0.975; n − 1) × SD / √n.
    public static (double Lower, double Upper) MeanConfidenceInterval(IReadOnlyCollection<double> values)
    {
        RequireAtLeast(values, 2);
        var mean = values.Mean();
        var halfWidth = TQuantile(values.Count - 1) * values.StandardDeviation() / Math.Sqrt(values.Count);
        return (mean - halfWidth, mean + halfWidth);
    }

    public static double TQuantile(int degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - ConfidenceLevel) / 2);

    public static double Quantile(IReadOnlyCollection<double> values, double p)
    {
        RequireAtLeast(values, 1);
        return values.QuantileCustom(p, QuantileMethod);
    }

    public static double Median(IReadOnlyCollection<double> values) => Quantile(values, 0.5);

    // Paired change: only youths with a value at both waves (completers) count.
    public static IReadOnlyList<double> CompleterDifferences(IEnumerable<PairedObservation> youths) =>
        youths.Where(y => y.Before.HasValue && y.After.HasValue).Select(y => y.After!.Value - y.Before!.Value).ToList();

    private static void RequireAtLeast(IReadOnlyCollection<double> values, int count)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < count) throw new ArgumentException($"At least {count} values are needed.", nameof(values));
    }
}

// One youth's value on a measure at two waves; null when the youth has no value at that wave.
public sealed record PairedObservation(double? Before, double? After);
