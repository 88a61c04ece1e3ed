using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.AnalysisPack;

// `export aggregates`: the same release as the web page, from the command line.
public class ExportCommandTests(ExportCommandTests.Host host) : IClassFixture<ExportCommandTests.Host>
{
    public sealed class Host : PackHost;

    [Theory]
    [InlineData("export aggregates", "--out DIR is required")]
    [InlineData("export aggregates --out x --format pdf", "unknown format 'pdf'")]
    [InlineData("export aggregates --out x --separator |", "--separator must be ',' or ';'")]
    [InlineData("export aggregates --out x --cohorts 2026,abc", "'abc' in --cohorts is not a cohort year")]
    public async Task Bad_arguments_name_the_problem_print_usage_and_exit_with_2(string command, string message)
    {
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(command.Split(' '), new StringWriter(), error);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("export aggregates --out DIR", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cohorts 2031", "there is no cohort 2031; the register has 2025, 2026")]
    [InlineData("--waves T0,T99", "there is no wave 'T99'")]
    public async Task A_cohort_or_wave_the_register_does_not_have_prints_usage_and_exits_with_2(string options, string message)
    {
        using var folder = new TempFolder();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([.. $"export aggregates --out {folder.Path} {options}".Split(' '), "--Storage:DataFolder", host.DataFolder], new StringWriter(), error);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task The_command_writes_csv_xlsx_and_html_of_one_release_audited_as_cli()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(
            ["export", "aggregates", "--out", folder.Path, "--cohorts", "2025", "--waves", "T0,T6", "--separator", ";", "--Storage:DataFolder", host.DataFolder],
            output, new StringWriter());

        Assert.True(exit == CommandLine.Ok, output.ToString());
        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, files.Count);
        Assert.Matches(@"^analysepakket-\d{4}-\d{2}-\d{2}-csv\.zip$", files[0]);
        Assert.Matches(@"^analysepakket-\d{4}-\d{2}-\d{2}\.html$", files[1]);
        Assert.Matches(@"^analysepakket-\d{4}-\d{2}-\d{2}\.xlsx$", files[2]);
        var csv = PackReader.Unzip(File.ReadAllBytes(Path.Combine(folder.Path, files[0]!)));
        Assert.StartsWith("\uFEFFCohort;", System.Text.Encoding.UTF8.GetString(csv.Single(e => e.Name == "1c-enrolment-age.csv").Content), StringComparison.Ordinal);
        Assert.Contains("Release 1 (cohorts 2025, waves T0,T6)", output.ToString(), StringComparison.Ordinal);
        await host.WithDbAsync(async db =>
        {
            var release = await db.Set<AnalysisRelease>().SingleAsync();
            Assert.Equal(("cli", "2025", "T0,T6", "all-semicolon"), (release.PublishedBy, release.CohortSet, release.Waves, release.Format));
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "analysis.release");
            Assert.Equal("cli", audit.ActorName);
            Assert.Null(audit.ActorUserId);
        });
    }
}
