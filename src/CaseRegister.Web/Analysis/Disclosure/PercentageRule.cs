using System.Globalization;

namespace CaseRegister.Web.Analysis.Disclosure;

// R4: a percentage only when numerator and denominator are both published and both at least the
// threshold. A percentage of a withheld count would give the count back (4 of 50 shown as 8 %),
// and a percentage of a withheld total would give the total back.
internal static class PercentageRule
{
    public static double? Percentage(CountCell numerator, CountCell denominator, int threshold)
    {
        if (numerator.IsSuppressed || denominator.IsSuppressed) return null;
        if (numerator.TrueValue < threshold || denominator.TrueValue < threshold) return null;
        // Whole percents: more digits would say more about the count than the rounded count does.
        return Math.Round(100.0 * numerator.TrueValue / denominator.TrueValue, MidpointRounding.AwayFromZero);
    }

    public static string Display(double? percentage) =>
        percentage is { } p ? p.ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty;
}
