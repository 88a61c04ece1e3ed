using CaseRegister.Web.Analysis;

namespace CaseRegister.Tests.Analysis;

public class DescriptivesTests
{
    private static readonly double[] OneToTen = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];

    [Fact]
    public void Quartiles_follow_Hyndman_Fan_type_7_as_in_R_and_Excel()
    {
        // Position 1 + (n − 1)·p over the sorted values 1 … 10: 3.25, 5.5 and 7.75.
        Assert.Equal(3.25, Descriptives.Quantile(OneToTen, 0.25), 10);
        Assert.Equal(5.5, Descriptives.Median(OneToTen), 10);
        Assert.Equal(7.75, Descriptives.Quantile(OneToTen, 0.75), 10);
    }

    [Fact]
    public void The_confidence_interval_uses_Student_t_with_n_minus_1_degrees_of_freedom()
    {
        // t(0.975; 9) = 2.2621571628; mean 5.5, SD √(55/6).
        var (lower, upper) = Descriptives.MeanConfidenceInterval(OneToTen);
        var halfWidth = 2.2621571628 * Math.Sqrt(55.0 / 6) / Math.Sqrt(10);

        Assert.Equal(5.5 - halfWidth, lower, 6);
        Assert.Equal(5.5 + halfWidth, upper, 6);
        Assert.Equal(2.2009851601, Descriptives.TQuantile(11), 8);
    }

    [Fact]
    public void Paired_differences_use_only_youths_with_a_value_at_both_waves()
    {
        PairedObservation[] youths = [new(2, 5), new(null, 4), new(3, null), new(6, 1)];

        Assert.Equal([3.0, -5.0], Descriptives.CompleterDifferences(youths));
    }

    [Fact]
    public void The_methods_note_names_the_quantile_definition() =>
        Assert.Contains("Hyndman en Fan", Descriptives.QuantileMethodsNote.Key, StringComparison.Ordinal);
}
