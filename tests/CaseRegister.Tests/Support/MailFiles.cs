using System.Text;

namespace CaseRegister.Tests.Support;

// Reads the .eml files the app drops in its pickup folder, decoding the base64 body that
// System.Net.Mail uses for UTF-8 text.
public static class MailFiles
{
    public sealed record Mail(string Headers, string Body);

    public static IReadOnlyList<Mail> Read(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "mail");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order().Select(file =>
        {
            var text = File.ReadAllText(file);
            var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = text[..split];
            var raw = text[(split + 4)..];
            var body = headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(raw.Replace("\r\n", "", StringComparison.Ordinal).Trim()))
                : raw;
            return new Mail(headers, body);
        }).ToList();
    }
}
