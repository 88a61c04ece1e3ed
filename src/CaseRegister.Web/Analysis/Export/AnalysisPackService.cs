using System.Globalization;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Study;

namespace CaseRegister.Web.Analysis.Export;

// Disclosure control as a replaceable step, so that a test can make the audit fail and watch the
// pack refuse to produce a file.
public class ReleaseProtector
{
    public virtual ProtectedRelease Protect(ReleaseRequest request, IReleaseLedger ledger) => DisclosureControl.Protect(request, ledger);
}

// Who asks for which pack in which form. ActorName is set by the command line ("cli"); in the web
// app the audit log takes the signed-in user.
public sealed record PackRequest(PackSelection Selection, PackFormat Format, CsvDialect Dialect, CultureInfo Culture, string PublishedBy)
{
    public Guid? PublishedByUserId { get; init; }
    public string? ActorName { get; init; }
}

// Protected holds the engine's output including true values: for the caller's own checks (and
// tests), never for display; the files are what may be shown.
public sealed record PackRelease(int Number, Guid Id, DateTime PublishedAtUtc, IReadOnlyList<PackFile> Files, ProtectedRelease Protected);

// Produces one release of the analysis pack: read the facts, build the fixed catalogue, protect
// it (with the release ledger), write the files, record the release in the ledger and audit it.
// If disclosure control finds a leak, DisclosureAuditException leaves here and nothing is recorded
// or delivered.
public sealed class AnalysisPackService(
    CaseRegisterDbContext db, StudyFiles studyFiles, ReleaseProtector protector, AuditLog audit, TimeProvider time, TextCatalog texts)
{
    private const int Attempts = 3;

    public async Task<PackRelease> ReleaseAsync(PackRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var data = await PackQueries.LoadAsync(db, request.Selection, studyFiles.Protocols.Codebook, ct);
        var pack = CatalogueBuilder.Build(data);
        string Translate(string key) => texts.Find(key, request.Culture) ?? key;
        var details = Details(request, data);

        for (var attempt = 1; ; attempt++)
        {
            var ledger = new DatabaseReleaseLedger(db);
            ProtectedRelease release;
            try
            {
                release = protector.Protect(pack.Request, ledger);
                SameNumberCheck.Verify(pack, release);
            }
            catch (DisclosureAuditException ex)
            {
                await audit.WriteAsync(new AuditEvent("analysis.release", AuditOutcome.Failure)
                {
                    ActorName = request.ActorName,
                    Target = "release",
                    Details = $"{details}; disclosure audit failed{(ex.TableId.Length > 0 ? $" in table {ex.TableId}" : "")}; nothing delivered",
                }, ct);
                throw;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var id = Guid.NewGuid();
            var number = ledger.BasedOnSequence + 1;
            var report = ReportBuilder.Build(pack, release, new ReportContext(number, now, request.Culture, Translate));
            var files = PackFiles.Create(report, request.Format, request.Dialect, request.Culture, now);
            try
            {
                await ledger.RecordAsync(release.ToLedgerRecord(id.ToString(), request.PublishedBy, now),
                    new ReleaseDetails(request.PublishedByUserId, data.Selection.CohortSet, data.Waves.Select(w => w.Label).ToList(),
                        FormatName(request), request.Culture.TwoLetterISOLanguageName, data.DemoData), ct);
            }
            catch (ReleaseConflictException) when (attempt < Attempts)
            {
                continue;
            }
            await audit.WriteAsync(new AuditEvent("analysis.release")
            {
                ActorName = request.ActorName,
                Target = $"release:{number}",
                Details = $"{details}; tables={release.CountTables.Count + release.OutcomeTables.Count + release.RetentionCurves.Count + release.ThemeTables.Count}; figures={release.PublishedFigures.Count}",
            }, ct);
            return new PackRelease(number, id, now, files, release);
        }
    }

    private static string FormatName(PackRequest request) =>
        request.Format.ToString().ToLowerInvariant() + (request.Format is PackFormat.Csv or PackFormat.All && request.Dialect.Separator == ';' ? "-semicolon" : "");

    private static string Details(PackRequest request, PackData data) =>
        $"cohorts={data.Selection.CohortSet}; waves={string.Join(',', data.Waves.Select(w => w.Label))}; threshold={Math.Max(DisclosureParameters.MinimumThreshold, data.Threshold)}; format={FormatName(request)}{(data.DemoData ? "; demo data" : "")}";
}

public static class AnalysisPackServices
{
    public static IServiceCollection AddAnalysisPack(this IServiceCollection services)
    {
        services.AddSingleton<ReleaseProtector>();
        services.AddScoped<AnalysisPackService>();
        services.AddScoped<Microdata.MicrodataExport>();
        return services;
    }
}
