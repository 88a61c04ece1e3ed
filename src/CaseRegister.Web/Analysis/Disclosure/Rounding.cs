namespace CaseRegister.Web.Analysis.Disclosure;

// R3: a published count is shown rounded to the nearest multiple of 5 (0 stays 0). Every figure,
// totals included, is rounded from its own true value, so a rounded total may differ from the sum
// of the rounded cells; summing rounded cells would add up their errors. Rounding happens after
// suppression and is never the only protection.
internal static class Rounding
{
    public static int ToNearest(int value, int roundingBase)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(roundingBase, 1);
        // With an odd base there are no ties between two multiples.
        return (value + roundingBase / 2) / roundingBase * roundingBase;
    }
}
