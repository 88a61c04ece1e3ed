namespace CaseRegister.Web.Analysis.Disclosure;

// R5, R6 and R7 for one statistic row.
internal static class StatisticRules
{
    public static void Apply(StatisticRowState row, DisclosureParameters parameters, bool isSkewedCount)
    {
        var n = row.Values.Count;
        if (n < parameters.Threshold)
        {
            // R5/R6/R7: too few youths (or pairs) for any statistic; n itself is R1's business.
            row.SuppressMeanFamily(StatisticStatus.TooFewYouths);
            row.SetOrderStatistics(StatisticStatus.TooFewYouths, StatisticStatus.TooFewYouths);
            return;
        }
        if (isSkewedCount && !PassesDominance(row.Values, parameters))
            row.SuppressMeanFamily(StatisticStatus.Dominated);
        // R6: the median needs the threshold, quartiles twice the threshold. Paired changes report
        // no quantiles at all.
        row.SetOrderStatistics(
            row.IsPairedChange ? StatisticStatus.TooFewYouths : StatisticStatus.Published,
            row.IsPairedChange || n < parameters.QuartileMinimum ? StatisticStatus.TooFewForQuartiles : StatisticStatus.Published);
    }

    // R5 dominance: the largest contribution at most 50 % and the two largest together at most
    // 67 % of the sum. Contributions are absolute values so that a paired change (which can be
    // negative) is judged by how much each youth moves the mean.
    public static bool PassesDominance(IEnumerable<double> values, DisclosureParameters parameters)
    {
        var contributions = values.Select(Math.Abs).OrderByDescending(v => v).ToList();
        var sum = contributions.Sum();
        if (sum <= 0) return true;
        var largest = contributions.Count > 0 ? contributions[0] : 0;
        var topTwo = largest + (contributions.Count > 1 ? contributions[1] : 0);
        return largest <= parameters.LargestContributionLimit * sum && topTwo <= parameters.TopTwoContributionLimit * sum;
    }
}
