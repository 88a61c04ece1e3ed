using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace CaseRegister.Tests.Support;

// Approved-file ("snapshot") testing with Verify's conventions, because Verify itself cannot be
// restored here: <TestClass>.<TestMethod>.received.<ext> is written beside the test source and
// compared with <TestClass>.<TestMethod>.verified.<ext>; with parameters the name gets
// "_<parameters>" after the method, as Verify's UseParameters does. A mismatch or a missing
// verified file fails the test with a line diff. APPROVE_SNAPSHOTS=1 accepts the received text as
// the new verified file instead (review the change in git before committing it). Switching to
// Verify later means replacing Approvals.Verify(x) with await Verifier.Verify(x); the files stay.
public static class Approvals
{
    public const string ApproveVariable = "APPROVE_SNAPSHOTS";

    public static void Verify(
        string content,
        string extension = "txt",
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        // Verify names files after the test class; with one class per file that is the file name.
        var directory = Path.GetDirectoryName(sourceFile)
            ?? throw new InvalidOperationException($"No folder in caller path '{sourceFile}'.");
        var testClass = Path.GetFileNameWithoutExtension(sourceFile);
        var name = parameters is null ? $"{testClass}.{testMethod}" : $"{testClass}.{testMethod}_{parameters}";
        var approve = Environment.GetEnvironmentVariable(ApproveVariable) == "1";
        VerifyFile(content, directory, name, extension, approve);
    }

    public static void VerifyFile(string content, string directory, string name, string extension, bool approve)
    {
        if (!Directory.Exists(directory))
            throw new XunitException($"Snapshot folder '{directory}' does not exist (was the test built from another checkout?).");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var text = Normalise(content);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, utf8);
        if (approve)
        {
            File.Copy(received, verified, overwrite: true);
            File.Delete(received);
            return;
        }

        var message = new StringBuilder();
        if (!File.Exists(verified))
        {
            message.AppendLine($"No verified snapshot yet: {verified}");
            message.AppendLine($"Received: {received}");
        }
        else
        {
            message.AppendLine($"Snapshot differs from {verified}");
            message.AppendLine($"Received: {received}");
            message.Append(Diff(Normalise(File.ReadAllText(verified)), text));
        }
        message.AppendLine($"Review the received file; to accept it run the tests with {ApproveVariable}=1, or rename it to .verified.");
        throw new XunitException(message.ToString());
    }

    // One line-ending convention and one final newline, so that a checkout with CRLF or an editor
    // that adds a trailing newline never turns into a failing snapshot.
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    // A unified-style diff of the first differences: '-' verified, '+' received, ' ' context.
    public static string Diff(string verified, string received, int context = 3, int maxOutputLines = 40)
    {
        var script = EditScript(verified.TrimEnd('\n').Split('\n'), received.TrimEnd('\n').Split('\n'));
        var hunks = new List<(int From, int To)>();
        for (var i = 0; i < script.Count; i++)
        {
            if (script[i].Op == ' ') continue;
            var from = Math.Max(0, i - context);
            var to = Math.Min(script.Count - 1, i + context);
            if (hunks.Count > 0 && from <= hunks[^1].To + 1)
                hunks[^1] = (hunks[^1].From, to);
            else
                hunks.Add((from, to));
        }

        var output = new StringBuilder();
        var written = 0;
        foreach (var (from, to) in hunks)
        {
            output.AppendLine($"@@ verified line {script[from].LineA}, received line {script[from].LineB} @@");
            for (var k = from; k <= to; k++)
            {
                if (written++ == maxOutputLines)
                {
                    output.AppendLine("... (more differences)");
                    return output.ToString();
                }
                output.Append(script[k].Op).Append(' ').AppendLine(script[k].Text);
            }
        }
        return output.ToString();
    }

    // Longest-common-subsequence edit script; snapshots are small. Line numbers are 1-based.
    private static List<(char Op, string Text, int LineA, int LineB)> EditScript(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var script = new List<(char, string, int, int)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(('-', a[x], x + 1, y + 1));
                x++;
            }
            else
            {
                script.Add(('+', b[y], x + 1, y + 1));
                y++;
            }
        }
        return script;
    }
}
