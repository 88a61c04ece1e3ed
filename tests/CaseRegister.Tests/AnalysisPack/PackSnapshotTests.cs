using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis.Export;

namespace CaseRegister.Tests.AnalysisPack;

// The whole pack over the fixed study, as a person approved it: every table, every withheld cell,
// the methods note and the layout of each form. A change in the catalogue, the disclosure engine
// or a writer shows up here as a diff to review (APPROVE_SNAPSHOTS=1 accepts it).
public class PackSnapshotTests(PackSnapshotTests.Host host) : IClassFixture<PackSnapshotTests.Host>
{
    public sealed class Host : PackHost;

    [Fact]
    public async Task The_first_release_of_the_fixed_study_matches_the_approved_csv_xlsx_and_html()
    {
        var release = await host.ReleaseAsync(PackFormat.All);

        Assert.Equal(1, release.Number);
        Assert.Equal(["analysepakket-2026-11-02-csv.zip", "analysepakket-2026-11-02.xlsx", "analysepakket-2026-11-02.html"], release.Files.Select(f => f.FileName));
        var csv = release.Files[0].Content;
        Assert.All(PackReader.Unzip(csv), entry => Assert.Equal(CsvFiles.Utf8WithBom.GetPreamble(), entry.Content[..3]));
        Approvals.Verify(PackReader.Csv(csv), "txt", parameters: "csv");
        Approvals.Verify(PackReader.Xlsx(release.Files[1].Content), "txt", parameters: "xlsx");
        Approvals.Verify(Encoding.UTF8.GetString(release.Files[2].Content), "html", parameters: "html");

        // The same figures in English: only the words change.
        var english = await host.ReleaseAsync(PackFormat.Html, culture: "en-GB");
        var html = Encoding.UTF8.GetString(english.Files.Single().Content);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Enrolled youths by cohort and age at inclusion", html, StringComparison.Ordinal);
        Assert.Contains("Methods: disclosure control", html, StringComparison.Ordinal);
    }
}
