using System.Globalization;
using System.IO.Compression;
using System.Text;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Localization;

namespace CaseRegister.Web.Analysis.Export;

public enum PackFormat { Csv, Xlsx, Html, All }

public sealed record PackFile(string FileName, string ContentType, byte[] Content);

// The files of one release. Names carry the date only ("analysepakket-2026-11-22.zip"), never a
// person, cohort detail or research code.
public static class PackFiles
{
    public const string ZipType = "application/zip";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HtmlType = "text/html; charset=utf-8";

    public static string BaseName(DateTime producedAtUtc) =>
        "analysepakket-" + DateOnly.FromDateTime(Cultures.ToAmsterdam(producedAtUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The files a format stands for; "all" gives the CSV zip, the workbook and the report.
    public static IReadOnlyList<PackFile> Create(AnalysisReport report, PackFormat format, CsvDialect dialect, CultureInfo culture, DateTime producedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = BaseName(producedAtUtc);
        var files = new List<PackFile>();
        if (format is PackFormat.Csv or PackFormat.All)
            files.Add(new PackFile((format == PackFormat.All ? name + "-csv" : name) + ".zip", ZipType, Zip(CsvEntries(report, dialect), producedAtUtc)));
        if (format is PackFormat.Xlsx or PackFormat.All)
            files.Add(new PackFile(name + ".xlsx", XlsxType, XlsxFile.Write(report)));
        if (format is PackFormat.Html or PackFormat.All)
            files.Add(new PackFile(name + ".html", HtmlType, Encoding.UTF8.GetBytes(HtmlReport.Write(report, culture))));
        return files;
    }

    // One download for the browser: a single file as it is, several together in one zip.
    public static PackFile Download(IReadOnlyList<PackFile> files, DateTime producedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 ? files[0]
            : new PackFile(BaseName(producedAtUtc) + ".zip", ZipType, Zip(files.Select(f => (f.FileName, f.Content)).ToList(), producedAtUtc));
    }

    public static IReadOnlyList<(string Name, byte[] Content)> CsvEntries(AnalysisReport report, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = report.Tables.Select(t => (t.Id + ".csv", CsvFiles.Bytes(CsvFiles.Table(t, dialect)))).ToList();
        entries.Insert(0, (report.Translate(PackTexts.ReadmeFile), CsvFiles.Bytes(Readme(report))));
        return entries;
    }

    // What a reader of the CSV files needs besides the numbers: titles, notes and the methods.
    public static string Readme(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(report.Title).Append("\r\n").Append(report.Subtitle).Append("\r\n\r\n");
        if (report.DemoWarning is not null) text.Append(report.DemoWarning).Append("\r\n\r\n");
        foreach (var fact in report.Facts) text.Append(fact.Label).Append(": ").Append(fact.Value).Append("\r\n");
        text.Append("\r\n");
        foreach (var table in report.Tables)
        {
            text.Append(table.Id).Append(".csv: ").Append(table.Title).Append("\r\n");
            if (table.Note is not null) text.Append("    ").Append(table.Note).Append("\r\n");
        }
        text.Append("\r\n").Append(report.MethodsTitle).Append("\r\n");
        foreach (var line in report.MethodsNote) text.Append("- ").Append(line).Append("\r\n");
        text.Append("\r\n").Append(report.DefinitionsTitle).Append("\r\n");
        foreach (var line in report.Definitions) text.Append("- ").Append(line).Append("\r\n");
        return text.ToString();
    }

    public static byte[] Zip(IReadOnlyList<(string Name, byte[] Content)> entries, DateTime producedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(Cultures.ToAmsterdam(producedAtUtc), DateTimeKind.Unspecified), TimeSpan.Zero);
                using var target = entry.Open();
                target.Write(content);
            }
        }
        return stream.ToArray();
    }
}
