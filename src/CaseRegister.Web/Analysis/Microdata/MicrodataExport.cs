using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Analysis.Microdata;

public sealed record MicrodataOptions(IReadOnlyList<int> CohortYears, bool IncludeFreeText, bool ShiftDates, string Reason);

public sealed record MicrodataResult(string FileName, int Cases, int Rows);

// SPEC §3.3: the pseudonymised microdata export for the coordinator's own analyses. Long format
// (one row per case, wave, informant and item) keyed by research code, with a codebook and R and
// SPSS syntax, in one zip. Free text is only read (and so only decrypted) when asked for; dates can
// be shifted per case. Every export is audited with its reason.
public sealed class MicrodataExport(CaseRegisterDbContext db, StudyFiles studyFiles, AuditLog audit, TimeProvider time)
{
    public const int MinimumReasonLength = 10;

    public static string FileName(DateTime producedAtUtc) =>
        "microdata-" + DateOnly.FromDateTime(Cultures.ToAmsterdam(producedAtUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".zip";

    public async Task<MicrodataResult> WriteAsync(MicrodataOptions options, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (options.Reason.Trim().Length < MinimumReasonLength)
            throw new ArgumentException($"A reason of at least {MinimumReasonLength} characters is required.", nameof(options));
        var protocols = studyFiles.Protocols;
        var now = time.GetUtcNow().UtcDateTime;
        var years = options.CohortYears.Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => years.Contains(c.Year)).OrderBy(c => c.Year).ThenBy(c => c.Label)
            .Select(c => new { c.Id, c.Label }).ToListAsync(ct);
        var cohortLabels = cohorts.ToDictionary(c => c.Id, c => c.Label);
        var demoOnly = await PackQueries.IsDemoOnlyAsync(db, ct);
        var included = PackQueries.Included(db, cohortLabels.Keys.ToList(), demoOnly);

        // A fresh random key per export: each case gets its own offset, the same for all its rows,
        // and nobody (the coordinator included) can undo it afterwards, because the key is never
        // stored.
        var shiftKey = options.ShiftDates ? RandomNumberGenerator.GetBytes(32) : null;

        var query =
            from a in db.Answers
            join i in db.Interviews on a.InterviewId equals i.Id
            join w in db.Waves on i.WaveId equals w.Id
            join c in included on i.CaseId equals c.Id
            where i.Status == InterviewStatus.Done
            orderby c.ResearchCode, w.MonthsAfterBaseline, w.Label
            select new Row(c.Id, c.ResearchCode, c.CohortId, w.Label, w.MonthsAfterBaseline, i.Informant, i.PersonId, i.Id,
                a.ItemId, a.Value, a.Missing, i.ProtocolId, i.ProtocolVersion, i.InterviewedOn, i.AgeOfYouth, null);
        if (options.IncludeFreeText)
        {
            // Only here is the encrypted text column read, and so decrypted.
            query =
                from a in db.Answers
                join i in db.Interviews on a.InterviewId equals i.Id
                join w in db.Waves on i.WaveId equals w.Id
                join c in included on i.CaseId equals c.Id
                where i.Status == InterviewStatus.Done
                orderby c.ResearchCode, w.MonthsAfterBaseline, w.Label
                select new Row(c.Id, c.ResearchCode, c.CohortId, w.Label, w.MonthsAfterBaseline, i.Informant, i.PersonId, i.Id,
                    a.ItemId, a.Value, a.Missing, i.ProtocolId, i.ProtocolVersion, i.InterviewedOn, i.AgeOfYouth, a.Text);
        }

        var waves = new SortedSet<(int Months, string Label)>();
        int rows = 0, cases = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(MicrodataSyntax.CsvFile, CompressionLevel.Optimal);
            await using (var csv = new StreamWriter(entry.Open(), CsvFiles.Utf8WithBom))
            {
                var header = new StringBuilder();
                CsvFiles.Line(header, MicrodataSyntax.Variables.Select(v => v.Name), CsvDialect.Standard);
                await csv.WriteAsync(header.ToString());
                // Rows arrive per case and wave; within that group they are put in a stable order
                // (informant, person, interview, protocol item order) before writing.
                var group = new List<Row>();
                Guid? lastCase = null;
                await foreach (var row in query.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
                {
                    if (group.Count > 0 && (group[0].CaseId != row.CaseId || group[0].Wave != row.Wave))
                    {
                        rows += await WriteGroupAsync(csv, group, cohortLabels, protocols, options.IncludeFreeText, shiftKey);
                        group.Clear();
                    }
                    if (lastCase != row.CaseId)
                    {
                        cases++;
                        lastCase = row.CaseId;
                    }
                    waves.Add((row.Months, row.Wave));
                    group.Add(row);
                }
                if (group.Count > 0) rows += await WriteGroupAsync(csv, group, cohortLabels, protocols, options.IncludeFreeText, shiftKey);
            }

            var header2 = new MicrodataHeader(Cultures.DateTime(now), string.Join(", ", cohorts.Select(c => c.Label)), cases, rows,
                options.IncludeFreeText, options.ShiftDates, demoOnly);
            // R's source() stops at a byte-order mark; SPSS needs one to read syntax as UTF-8.
            Add(zip, "codebook.md", Encoding.UTF8.GetBytes(MicrodataSyntax.Codebook(protocols, header2)));
            Add(zip, "microdata.R", Encoding.UTF8.GetBytes(MicrodataSyntax.R(protocols, waves.Select(w => w.Label).Distinct().ToList())));
            Add(zip, "microdata.sps", CsvFiles.Bytes(MicrodataSyntax.Spss(protocols, options.IncludeFreeText)));
        }

        await audit.WriteAsync(new AuditEvent("export.microdata")
        {
            Target = "microdata",
            Details = $"cohorts={string.Join(',', years.Order())}; cases={cases}; rows={rows}; free text={(options.IncludeFreeText ? "included (decrypted)" : "excluded")}; " +
                      $"dates={(options.ShiftDates ? "shifted per case" : "not shifted")}{(demoOnly ? "; demo data" : "")}; reason={options.Reason.Trim()}",
        }, ct);
        return new MicrodataResult(FileName(now), cases, rows);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static async Task<int> WriteGroupAsync(StreamWriter csv, List<Row> group, Dictionary<Guid, string> cohortLabels, ProtocolCatalog protocols,
        bool includeFreeText, byte[]? shiftKey)
    {
        var offset = shiftKey is null ? 0 : Offset(shiftKey, group[0].CaseId);
        var written = 0;
        var line = new StringBuilder();
        var ordered = group
            .Select(r => (Row: r, Item: protocols.Find(r.ProtocolId, r.ProtocolVersion) is { } p ? (Index: p.Items.ToList().FindIndex(i => i.Id == r.ItemId), Definition: p.FindItem(r.ItemId)) : (Index: -1, Definition: null)))
            .OrderBy(x => InformantOrder(x.Row.Informant)).ThenBy(x => x.Row.PersonId).ThenBy(x => x.Row.InterviewId).ThenBy(x => x.Item.Index).ThenBy(x => x.Row.ItemId, StringComparer.Ordinal)
            .ToList();
        var numbers = new Dictionary<(Informant, Guid), int>();
        foreach (var (row, item) in ordered)
        {
            // Free text (and anything the protocol does not describe) leaves only when asked for.
            var isFreeText = item.Definition is null || item.Definition.IsFreeText;
            if (isFreeText && !includeFreeText) continue;
            var personKey = (row.Informant, row.InterviewId);
            if (!numbers.TryGetValue(personKey, out var number))
                numbers[personKey] = number = numbers.Keys.Count(k => k.Item1 == row.Informant) + 1;
            var value = isFreeText ? row.Text ?? row.Value : row.Value;
            if (row.Missing is not null) value = null;
            if (offset != 0 && value is not null && item.Definition?.Type == ItemType.Date && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                value = Shift(date, offset);
            line.Clear();
            CsvFiles.Line(line,
            [
                row.ResearchCode, cohortLabels[row.CohortId], row.Wave, row.Informant.ToString(), number.ToString(CultureInfo.InvariantCulture),
                row.ItemId, value ?? "", row.Missing?.ToString() ?? "", row.ProtocolId, row.ProtocolVersion.ToString(CultureInfo.InvariantCulture),
                row.InterviewedOn is { } on ? Shift(on, offset) : "", row.AgeOfYouth?.ToString(CultureInfo.InvariantCulture) ?? "",
            ], CsvDialect.Standard);
            await csv.WriteAsync(line.ToString());
            written++;
        }
        return written;
    }

    private static int InformantOrder(Informant informant) => informant switch
    {
        Informant.Youth => 0,
        Informant.Parent => 1,
        _ => 2,
    };

    // 0 … 364 days back in time, from the export key and the case: the same for every row of a case.
    public static int Offset(byte[] key, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = HMACSHA256.HashData(key, caseId.ToByteArray());
        return (int)(BitConverter.ToUInt32(hash, 0) % 365);
    }

    private static string Shift(DateOnly date, int offset) => date.AddDays(-offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Row(
        Guid CaseId, string ResearchCode, Guid CohortId, string Wave, int Months, Informant Informant, Guid? PersonId, Guid InterviewId,
        string ItemId, string? Value, MissingCode? Missing, string ProtocolId, int ProtocolVersion, DateOnly? InterviewedOn, int? AgeOfYouth, string? Text);
}
