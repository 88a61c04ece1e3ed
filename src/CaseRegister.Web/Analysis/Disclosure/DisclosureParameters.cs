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

    // The one mark for every withheld figure, whatever the reason (as CBS marks "geheim" with a
    // single x). SPEC R1 shows primary-suppressed counts as "<10", but secondary suppression only
    // ever picks counts of at least the threshold: "<10" would be false for those, and a second
    // mark would tell the reader which withheld cells are large, narrowing what can be worked out
    // from the totals. The methods note says what x covers.
    public static string WithheldLabel => "x";
}
