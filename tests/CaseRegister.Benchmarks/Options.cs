using System.Globalization;

namespace CaseRegister.Benchmarks;

internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0) return fallback;
        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new ArgumentException($"{name} needs a positive whole number.");
        return value;
    }

    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0) return null;
        if (index + 1 >= args.Length) throw new ArgumentException($"{name} needs a value.");
        return args[index + 1];
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    // Nearest-rank percentile: with 20 runs the p95 is the 19th fastest, a real observed time.
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

// The benchmark's "today": the jobs read the date from a TimeProvider.
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
