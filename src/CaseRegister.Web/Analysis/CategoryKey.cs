namespace CaseRegister.Web.Analysis;

// Identifies one cell of the catalogue independent of the table that shows it: the same
// (dimension, category) pairs in another table denote the same youths. The canonical form sorts
// the pairs by dimension so that "region × setting" and "setting × region" agree; consistency
// across tables (R10a) and the release ledger (R10b) rely on that.
public sealed record CategoryKey
{
    private const char PairSeparator = ';';
    private const char ValueSeparator = '=';

    private CategoryKey(string value) => Value = value;

    // The empty key: every youth of the table's population (a grand total).
    public static CategoryKey All { get; } = new(string.Empty);

    public string Value { get; }

    public bool IsAll => Value.Length == 0;

    public static CategoryKey Of(string dimension, string category) => All.With(dimension, category);

    public static CategoryKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = All;
        if (value.Length == 0) return key;
        foreach (var pair in value.Split(PairSeparator))
        {
            var parts = pair.Split(ValueSeparator);
            if (parts.Length != 2) throw new FormatException($"'{value}' is not a category key (dimension=category;...).");
            key = key.With(parts[0], parts[1]);
        }
        return key;
    }

    public CategoryKey With(string dimension, string category)
    {
        Check(dimension, nameof(dimension));
        Check(category, nameof(category));
        var pairs = Pairs().ToList();
        if (pairs.Any(p => p.Dimension == dimension))
            throw new ArgumentException($"Category key '{Value}' already has dimension '{dimension}'.", nameof(dimension));
        pairs.Add((dimension, category));
        return new CategoryKey(string.Join(PairSeparator,
            pairs.OrderBy(p => p.Dimension, StringComparer.Ordinal).Select(p => $"{p.Dimension}{ValueSeparator}{p.Category}")));
    }

    public IEnumerable<(string Dimension, string Category)> Pairs()
    {
        if (Value.Length == 0) yield break;
        foreach (var pair in Value.Split(PairSeparator))
        {
            var at = pair.IndexOf(ValueSeparator, StringComparison.Ordinal);
            yield return (pair[..at], pair[(at + 1)..]);
        }
    }

    public override string ToString() => Value.Length == 0 ? "(all)" : Value;

    private static void Check(string part, string name)
    {
        if (string.IsNullOrWhiteSpace(part))
            throw new ArgumentException("Dimension and category names must not be empty.", name);
        if (part.Contains(PairSeparator, StringComparison.Ordinal) || part.Contains(ValueSeparator, StringComparison.Ordinal))
            throw new ArgumentException($"'{part}' must not contain '{PairSeparator}' or '{ValueSeparator}'.", name);
    }
}
