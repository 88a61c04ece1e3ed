using CaseRegister.Tests.Support;
using Xunit.Sdk;

namespace CaseRegister.Tests.Consent;

// The snapshot helper was written for the consent forms; these tests prove it can fail, so a
// passing snapshot test means something.
public sealed class ApprovalsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("approvals-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string kind) => Path.Combine(_folder, $"Sample.Test.{kind}.txt");

    [Fact]
    public void Matching_content_passes_and_leaves_no_received_file()
    {
        File.WriteAllText(PathOf("verified"), "een\r\ntwee\r\n");
        File.WriteAllText(PathOf("received"), "oud");

        Approvals.VerifyFile("een\ntwee", _folder, "Sample.Test", "txt", approve: false);

        Assert.False(File.Exists(PathOf("received")));
    }

    [Fact]
    public void Different_content_fails_with_a_line_diff_and_keeps_the_received_file()
    {
        File.WriteAllText(PathOf("verified"), "a\nb\nc\nd\ne\nf\n");

        var ex = Assert.Throws<XunitException>(() => Approvals.VerifyFile("a\nb\nc\nD\ne\nf\n", _folder, "Sample.Test", "txt", approve: false));

        Assert.Contains("- d\n", ex.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("+ D\n", ex.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("APPROVE_SNAPSHOTS=1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("a\nb\nc\nD\ne\nf\n", File.ReadAllText(PathOf("received")));
        Assert.Equal("a\nb\nc\nd\ne\nf\n", File.ReadAllText(PathOf("verified")));
    }

    [Fact]
    public void A_missing_verified_file_fails()
    {
        var ex = Assert.Throws<XunitException>(() => Approvals.VerifyFile("nieuw", _folder, "Sample.Test", "txt", approve: false));

        Assert.Contains("No verified snapshot yet", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(PathOf("received")));
    }

    [Fact]
    public void Approving_copies_the_received_text_to_the_verified_file()
    {
        File.WriteAllText(PathOf("verified"), "oud\n");

        Approvals.VerifyFile("nieuw", _folder, "Sample.Test", "txt", approve: true);

        Assert.Equal("nieuw\n", File.ReadAllText(PathOf("verified")));
        Assert.False(File.Exists(PathOf("received")));
    }

    [Fact]
    public void The_diff_shows_context_around_each_change_only()
    {
        var verified = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"regel {i}"));
        var received = verified.Replace("regel 5\n", "regel vijf\n", StringComparison.Ordinal).Replace("regel 25\n", "", StringComparison.Ordinal);

        var diff = Approvals.Diff(verified, received).ReplaceLineEndings("\n");

        Assert.Equal(
            """
            @@ verified line 2, received line 2 @@
              regel 2
              regel 3
              regel 4
            - regel 5
            + regel vijf
              regel 6
              regel 7
              regel 8
            @@ verified line 22, received line 22 @@
              regel 22
              regel 23
              regel 24
            - regel 25
              regel 26
              regel 27
              regel 28

            """,
            diff);
    }
}
