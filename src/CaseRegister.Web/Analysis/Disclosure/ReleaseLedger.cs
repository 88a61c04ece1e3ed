namespace CaseRegister.Web.Analysis.Disclosure;

// The address of a published figure across releases (SPEC §3.2 R10): table, pooled cohorts, wave
// and category. Statistics add a "statistic" pair to the category key (e.g. statistic=n).
public sealed record LedgerKey(string TableId, string CohortSet, string Wave, string CategoryKey);

// One published figure. TrueValue is the unrounded value behind the display: R10b compares true
// values, because comparing with a rounded display would flag a count that did not change
// (12 shown as 10) and miss one that did. IsCount marks counts of youths, the figures R10b guards.
public sealed record LedgerEntry(LedgerKey Key, bool IsCount, double TrueValue, string Display);

// Who released what, when and with which parameters, plus every figure published: enough to
// reproduce the release and to check the next one against it.
public sealed record ReleaseRecord(
    string ReleaseId,
    DateTime PublishedAtUtc,
    string PublishedBy,
    int Threshold,
    IReadOnlyList<string> TableIds,
    IReadOnlyList<LedgerEntry> Cells);

public interface IReleaseLedger
{
    // The most recently published entry for each key; keys never published are absent. One call
    // for all keys of a release, so a database ledger can answer with one query.
    IReadOnlyDictionary<LedgerKey, LedgerEntry> FindPublished(IReadOnlyCollection<LedgerKey> keys);

    // Called once the release has actually been delivered, not when it is merely computed.
    void Record(ReleaseRecord release);
}

public sealed class InMemoryReleaseLedger : IReleaseLedger
{
    private readonly List<ReleaseRecord> _releases = [];

    public IReadOnlyList<ReleaseRecord> Releases => _releases;

    public IReadOnlyDictionary<LedgerKey, LedgerEntry> FindPublished(IReadOnlyCollection<LedgerKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = keys.ToHashSet();
        var found = new Dictionary<LedgerKey, LedgerEntry>();
        // Later releases overwrite earlier ones; ties in time keep the order of recording.
        foreach (var release in _releases.Select((r, i) => (r, i)).OrderBy(p => p.r.PublishedAtUtc).ThenBy(p => p.i).Select(p => p.r))
            foreach (var entry in release.Cells.Where(e => wanted.Contains(e.Key)))
                found[entry.Key] = entry;
        return found;
    }

    public void Record(ReleaseRecord release)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (_releases.Any(r => r.ReleaseId == release.ReleaseId))
            throw new InvalidOperationException($"Release '{release.ReleaseId}' has already been recorded.");
        _releases.Add(release);
    }
}
