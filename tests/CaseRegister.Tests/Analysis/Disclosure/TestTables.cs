using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;

namespace CaseRegister.Tests.Analysis.Disclosure;

// Small builders so that each test reads as its input table.
internal static class TestTables
{
    public const string Cohorts = "2026";
    public const string Enrolled = "enrolled youths";

    public static readonly Dimension Regions3 = new("region", ["North", "South", "West"]);
    public static readonly Dimension Settings3 = new("setting", ["JZ+", "JJI", "OBC"]);

    public static Dimension Categories(string name, int count) =>
        new(name, Enumerable.Range(0, count).Select(i => ((char)('A' + i)).ToString()).ToList());

    public static FrequencyTable OneWay(params int[] counts) =>
        FrequencyTable.OneWay("t1", Enrolled, Cohorts, Categories("band", counts.Length), counts);

    public static FrequencyTable TwoWay(Dimension rows, Dimension columns, int[,] counts, string id = "t2",
        PercentageBase percentages = PercentageBase.None) =>
        FrequencyTable.TwoWay(id, Enrolled, Cohorts, rows, columns, counts, percentages: percentages);

    public static ProtectedRelease Protect(DisclosureParameters parameters, params FrequencyTable[] tables) =>
        DisclosureControl.Protect(new ReleaseRequest(parameters) { CountTables = tables }, new InMemoryReleaseLedger());

    public static ProtectedSlice ProtectSingle(FrequencyTable table, int threshold = 10) =>
        Protect(new DisclosureParameters(threshold), table).CountTables[0].Single;

    public static SliceGrid Grid(FrequencyTable table) => new(table, table.Slices[0]);

    public static CategoryKey Key(params (string Dimension, string Category)[] pairs) =>
        pairs.Aggregate(CategoryKey.All, (key, p) => key.With(p.Dimension, p.Category));
}
