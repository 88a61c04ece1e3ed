using System.Globalization;

namespace CaseRegister.Web.Analysis.Disclosure;

// The parameters of one release. Only the threshold comes from study settings (SPEC §2.1: default 10,
// never below 5); the other limits are fixed by SPEC §3.2 and recorded with every release.
public sealed record DisclosureParameters
{
    public const int DefaultThreshold = 10;
    public const int MinimumThreshold = 5;

    public DisclosureParameters(int threshold = DefaultThreshold)
    {
        if (threshold < MinimumThreshold)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"The disclosure threshold is never below {MinimumThreshold}.");
        Threshold = threshold;
    }

    public int Threshold { get; }

    public int RoundingBase => 5;

    public double LargestContributionLimit => 0.50;

    public double TopTwoContributionLimit => 0.67;

    public int QuartileMinimum => 2 * Threshold;

    // R1: how a primary-suppressed count is shown.
    public string SmallCountLabel => "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    // Every other withheld figure. A different mark from "<10" because a secondary-suppressed cell
    // is usually large, and "<10" would state something false about it.
    public static string WithheldLabel => "x";
}
