namespace CaseRegister.Web.Analysis.Disclosure;

// R10c: a subgroup's statistic is published only if the rest of its parent (parent minus subgroup)
// has at least `threshold` youths; otherwise parent and subgroup together give the rest away
// (mean for all, n = 48, next to "all except North", n = 41, gives North's 7 youths' mean).
//
// The same reasoning applies to several published subgroups together: if the parent is shown,
// whatever is not covered by the published subgroups can be computed as parent minus their sum. So,
// per parent, the youths not covered by published sibling rows must number 0 or at least the
// threshold, and (for means of skewed counts) must also pass the dominance rule; otherwise the
// smallest published sibling is withheld too, the R2 idea applied to statistics.
internal static class ComplementRule
{
    public static int Apply(IReadOnlyList<StatisticRowState> rows, DisclosureParameters parameters, bool isSkewedCount)
    {
        var byKey = rows.ToDictionary(r => (r.Wave, r.Category));
        var changed = 0;
        foreach (var row in rows.Where(r => r.Parent is not null))
        {
            var parent = byKey[(row.Wave, row.Parent!)];
            if (parent.N.TrueValue - row.N.TrueValue < parameters.Threshold && row.SuppressRow(StatisticStatus.ComplementTooSmall))
                changed++;
        }

        foreach (var family in rows.Where(r => r.Parent is not null).GroupBy(r => (r.Wave, r.Parent!)))
        {
            var parent = byKey[family.Key];
            var siblings = family.OrderBy(r => r.N.TrueValue).ThenBy(r => r.Category.Value, StringComparer.Ordinal).ToList();

            while (parent.N.IsPublished)
            {
                var uncovered = parent.N.TrueValue - siblings.Where(s => s.N.IsPublished).Sum(s => s.N.TrueValue);
                if (uncovered <= 0 || uncovered >= parameters.Threshold) break;
                var victim = siblings.FirstOrDefault(s => s.N.IsPublished);
                if (victim is null) break;
                victim.SuppressRow(StatisticStatus.ProtectsOtherGroup);
                changed++;
            }

            while (parent.IsMeanFamilyPublished)
            {
                var uncovered = Minus(parent.Values, siblings.Where(s => s.IsMeanFamilyPublished).SelectMany(s => s.Values));
                if (uncovered.Count == 0 ||
                    (uncovered.Count >= parameters.Threshold && (!isSkewedCount || StatisticRules.PassesDominance(uncovered, parameters))))
                    break;
                var victim = siblings.FirstOrDefault(s => s.IsMeanFamilyPublished);
                if (victim is null) break;
                victim.SuppressMeanFamily(StatisticStatus.ProtectsOtherGroup);
                changed++;
            }
        }
        return changed;
    }

    // Subgroups must be parts of their parent and siblings must not overlap; otherwise "parent
    // minus subgroups" means nothing and the rule above would protect the wrong youths.
    public static void Validate(string tableId, IReadOnlyList<StatisticRowState> rows)
    {
        var byKey = rows.ToDictionary(r => (r.Wave, r.Category));
        foreach (var family in rows.Where(r => r.Parent is not null).GroupBy(r => (r.Wave, r.Parent!)))
        {
            var parent = byKey[family.Key];
            try
            {
                Minus(parent.Values, family.SelectMany(s => s.Values));
            }
            catch (InvalidOperationException)
            {
                throw new ArgumentException(
                    $"Outcome table '{tableId}', wave '{family.Key.Wave}': the subgroups of '{family.Key.Item2}' are not disjoint parts of it.");
            }
        }
    }

    // Multiset difference of values; the values of a subgroup are copies of its parent's values.
    private static List<double> Minus(IEnumerable<double> whole, IEnumerable<double> parts)
    {
        var remaining = whole.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        foreach (var value in parts)
        {
            if (!remaining.TryGetValue(value, out var count) || count == 0)
                throw new InvalidOperationException("A subgroup value is not in its parent.");
            remaining[value] = count - 1;
        }
        return remaining.SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
    }
}
