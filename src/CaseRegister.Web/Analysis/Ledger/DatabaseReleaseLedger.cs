using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Analysis.Ledger;

// What the release is besides its figures: recorded with it so that it can be reproduced.
public sealed record ReleaseDetails(
    Guid? PublishedByUserId,
    string CohortSet,
    IReadOnlyList<string> Waves,
    string Format,
    string Language,
    bool DemoData);

// A release computed against an older state of the ledger: another release was recorded in the
// meantime, so this one must be computed again (R10b would otherwise compare with stale figures).
public sealed class ReleaseConflictException() : Exception("Another release was recorded while this one was being computed.");

// The release ledger in the database. One instance serves one release attempt: the first question
// fixes the ledger state it answers from (the last release number), and recording takes the next
// number, which the unique index lets only one release have.
public sealed class DatabaseReleaseLedger(CaseRegisterDbContext db) : IReleaseLedger
{
    private int? _basedOn;

    public int BasedOnSequence => _basedOn ??= LastSequence();

    public IReadOnlyDictionary<LedgerKey, LedgerEntry> FindPublished(IReadOnlyCollection<LedgerKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var basedOn = BasedOnSequence;
        var found = new Dictionary<LedgerKey, LedgerEntry>();
        if (keys.Count == 0) return found;
        var wanted = keys.ToHashSet();
        var tables = wanted.Select(k => k.TableId).Distinct().ToList();
        var cohortSets = wanted.Select(k => k.CohortSet).Distinct().ToList();
        // One query for the whole release: every figure of these tables and cohort sets, oldest
        // release first, so that the most recent publication of a key wins.
        var rows = db.Set<PublishedFigure>().AsNoTracking()
            .Where(f => tables.Contains(f.TableId) && cohortSets.Contains(f.CohortSet))
            .Join(db.Set<AnalysisRelease>().Where(r => r.Sequence <= basedOn), f => f.ReleaseId, r => r.Id,
                (f, r) => new { r.Sequence, f.TableId, f.CohortSet, f.Wave, f.CategoryKey, f.IsCount, f.TrueValue, f.Display })
            .ToList();
        foreach (var row in rows.OrderBy(r => r.Sequence))
        {
            var key = new LedgerKey(row.TableId, row.CohortSet, row.Wave, row.CategoryKey);
            if (wanted.Contains(key)) found[key] = new LedgerEntry(key, row.IsCount, row.TrueValue, row.Display);
        }
        return found;
    }

    public void Record(ReleaseRecord release) =>
        RecordAsync(release, new ReleaseDetails(null, "", [], "", "", false)).GetAwaiter().GetResult();

    public async Task<AnalysisRelease> RecordAsync(ReleaseRecord release, ReleaseDetails details, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(details);
        var id = Guid.Parse(release.ReleaseId);
        var row = new AnalysisRelease
        {
            Id = id,
            Sequence = BasedOnSequence + 1,
            PublishedAtUtc = release.PublishedAtUtc,
            PublishedByUserId = details.PublishedByUserId,
            PublishedBy = release.PublishedBy,
            Threshold = release.Threshold,
            CohortSet = details.CohortSet,
            Waves = string.Join(',', details.Waves),
            Format = details.Format,
            Language = details.Language,
            DemoData = details.DemoData,
            TableIds = string.Join(',', release.TableIds),
            FigureCount = release.Cells.Count,
            Figures = release.Cells.Select(c => new PublishedFigure
            {
                Id = Guid.NewGuid(),
                ReleaseId = id,
                TableId = c.Key.TableId,
                CohortSet = c.Key.CohortSet,
                Wave = c.Key.Wave,
                CategoryKey = c.Key.CategoryKey,
                IsCount = c.IsCount,
                TrueValue = c.TrueValue,
                Display = c.Display,
            }).ToList(),
        };
        db.Set<AnalysisRelease>().Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<AnalysisRelease>().AnyAsync(r => r.Sequence == row.Sequence, ct)) throw new ReleaseConflictException();
            throw;
        }
        return row;
    }

    private int LastSequence() => db.Set<AnalysisRelease>().Max(r => (int?)r.Sequence) ?? 0;
}
