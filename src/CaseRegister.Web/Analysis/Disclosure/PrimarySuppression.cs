namespace CaseRegister.Web.Analysis.Disclosure;

// R1: counts of 1 … threshold − 1 are withheld. Zero is shown: "nobody" discloses nothing about a
// youth (group disclosure, where zeros do disclose, is handled by GroupDisclosure).
internal static class PrimarySuppression
{
    public static bool IsSmall(int count, int threshold) => count >= 1 && count < threshold;

    public static int Apply(IEnumerable<CountCell> cells, int threshold)
    {
        var suppressed = 0;
        foreach (var cell in cells)
            if (IsSmall(cell.TrueValue, threshold) && cell.Suppress(CellStatus.PrimarySuppressed))
                suppressed++;
        return suppressed;
    }
}
