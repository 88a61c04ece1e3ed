using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Analysis.Catalogue;

// Reads the facts the catalogue needs, as compact projections: counts that need no per-youth
// detail are counted in the database, the rest arrives as small tuples without names, codes or
// text. Encrypted columns are never selected.
public static class PackQueries
{
    public static async Task<IReadOnlyList<WaveInfo>> AvailableWavesAsync(CaseRegisterDbContext db, CancellationToken ct = default)
    {
        var waves = await db.Waves.AsNoTracking().Select(w => new { w.Label, w.MonthsAfterBaseline, w.Kind }).Distinct().ToListAsync(ct);
        return waves.GroupBy(w => w.Label).Select(g => g.OrderBy(w => w.MonthsAfterBaseline).First())
            .OrderBy(w => w.MonthsAfterBaseline).ThenBy(w => w.Label, StringComparer.Ordinal)
            .Select(w => new WaveInfo(w.Label, w.MonthsAfterBaseline, w.Kind)).ToList();
    }

    public static async Task<bool> IsDemoOnlyAsync(CaseRegisterDbContext db, CancellationToken ct = default) =>
        await db.Cases.AnyAsync(ct) && !await db.Cases.AnyAsync(c => !c.IsDemo, ct);

    // The cases the pack and the microdata export analyse: in the chosen cohorts, never a case
    // withdrawn with erasure of everything (its deletion may still be pending), and demonstration
    // cases only when there is nothing else.
    public static IQueryable<Case> Included(CaseRegisterDbContext db, IReadOnlyCollection<Guid> cohortIds, bool demoOnly) =>
        db.Cases.AsNoTracking().Where(c => cohortIds.Contains(c.CohortId)
            && c.IsDemo == demoOnly
            && !db.Withdrawals.Any(w => w.CaseId == c.Id && w.Scope == WithdrawalScope.EraseEverything));

    // enrolmentOnly runs just family 1's grouped counts (no per-youth facts, so the other families
    // come out empty): the benchmark times that against hand-written SQL.
    public static Task<PackData> LoadAsync(CaseRegisterDbContext db, PackSelection selection, Codebook codebook, CancellationToken ct = default) =>
        LoadAsync(db, selection, codebook, enrolmentOnly: false, ct);

    // Labels and item ids come back as the known strings (no copy per answer); values through a
    // small cache, since they repeat (0 … 10, setting codes).
    internal static List<AnswerFact> ParseAnswers(IEnumerable<(Guid CaseId, string Answers)> rows, IEnumerable<string> labels, IEnumerable<string> items)
    {
        var known = labels.Concat(items).Distinct().ToDictionary(x => x, x => x).GetAlternateLookup<ReadOnlySpan<char>>();
        var values = new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();
        var answers = new List<AnswerFact>();
        foreach (var (caseId, text) in rows)
        {
            foreach (var range in text.AsSpan().Split(';'))
            {
                var answer = text.AsSpan()[range];
                var first = answer.IndexOf('|');
                var second = first < 0 ? -1 : answer[(first + 1)..].IndexOf('|') + first + 1;
                if (first < 0 || second <= first) continue;
                if (!known.TryGetValue(answer[..first], out var label) || !known.TryGetValue(answer[(first + 1)..second], out var item)) continue;
                var valueSpan = answer[(second + 1)..];
                if (!values.TryGetValue(valueSpan, out var value))
                {
                    value = valueSpan.ToString();
                    values[value] = value;
                }
                answers.Add(new AnswerFact(caseId, label, item, value));
            }
        }
        return answers;
    }

    public static async Task<PackData> LoadAsync(CaseRegisterDbContext db, PackSelection selection, Codebook codebook, bool enrolmentOnly, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var settings = await db.StudySettings.AsNoTracking().Where(s => s.Id == StudySettings.SingletonId).Select(s => new { s.DisclosureThreshold }).SingleOrDefaultAsync(ct);
        var years = selection.CohortYears.Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => years.Contains(c.Year))
            .OrderBy(c => c.Year).ThenBy(c => c.Label)
            .Select(c => new CohortInfo(c.Id, c.Year, c.Label)).ToListAsync(ct);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var demoOnly = await IsDemoOnlyAsync(db, ct);
        var labels = selection.Waves.Distinct().ToList();
        var waves = (await AvailableWavesAsync(db, ct)).Where(w => labels.Contains(w.Label)).ToList();
        var included = Included(db, cohortIds, demoOnly);
        var caseIds = included.Select(c => c.Id);

        // Family 1 is counted in the database: four grouped counts, as one would write them by hand.
        var byRegion = await included.GroupBy(c => new { c.CohortId, c.RegionId })
            .Select(g => new { g.Key.CohortId, g.Key.RegionId, Youths = g.Count() }).ToListAsync(ct);
        var bySex = await included.GroupBy(c => new { c.CohortId, c.Sex })
            .Select(g => new { g.Key.CohortId, g.Key.Sex, Youths = g.Count() }).ToListAsync(ct);
        var byAge = await included.GroupBy(c => new { c.CohortId, c.AgeAtInclusion })
            .Select(g => new { g.Key.CohortId, g.Key.AgeAtInclusion, Youths = g.Count() }).ToListAsync(ct);
        // Setting at inclusion: the placement in force on the inclusion date, else the first one.
        var bySetting = await included
            .Select(c => new
            {
                c.CohortId,
                Setting = db.Placements.Where(p => p.CaseId == c.Id && p.StartedOn <= c.InclusionDate).OrderByDescending(p => p.StartedOn)
                              .Select(p => (CareSetting?)p.Setting).FirstOrDefault()
                          ?? db.Placements.Where(p => p.CaseId == c.Id).OrderBy(p => p.StartedOn).Select(p => (CareSetting?)p.Setting).FirstOrDefault(),
            })
            .GroupBy(x => new { x.CohortId, x.Setting })
            .Select(g => new { g.Key.CohortId, g.Key.Setting, Youths = g.Count() }).ToListAsync(ct);
        var enrolment = byRegion.Select(x => new EnrolmentCount(x.CohortId, "region", CatalogueBuilder.RegionCode(x.RegionId), x.Youths))
            .Concat(bySex.Select(x => new EnrolmentCount(x.CohortId, "sex", x.Sex.ToString(), x.Youths)))
            .Concat(byAge.Select(x => new EnrolmentCount(x.CohortId, "ageband", Bands.AgeBand(x.AgeAtInclusion), x.Youths)))
            .Concat(bySetting.Select(x => new EnrolmentCount(x.CohortId, "setting", Bands.InclusionSetting(x.Setting), x.Youths)))
            // Ages and non-intensive settings were grouped before banding: one count per band.
            .GroupBy(x => (x.CohortId, x.Dimension, x.Code))
            .Select(g => new EnrolmentCount(g.Key.CohortId, g.Key.Dimension, g.Key.Code, g.Sum(x => x.Youths)))
            .ToList();
        var usedRegions = byRegion.Select(x => x.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => r.InStudy || usedRegions.Contains(r.Id))
            .OrderBy(r => r.Name).Select(r => new RegionInfo(r.Id, r.Name)).ToListAsync(ct);
        var threshold = settings?.DisclosureThreshold ?? Disclosure.DisclosureParameters.DefaultThreshold;
        if (enrolmentOnly)
        {
            return new PackData
            {
                Selection = selection, Threshold = threshold, DemoData = demoOnly, Cohorts = cohorts, Regions = regions, Waves = [], Enrolment = enrolment,
                Cases = [], Placements = [], CaseWaves = [], YouthAnswers = [], Participation = [], AdultWaveAges = [], Advice = [], Codes = [], Codebook = codebook,
            };
        }

        var cases = await included.Select(c => new CaseFact(c.Id, c.CohortId, c.RegionId, c.AgeAtInclusion, c.Sex, c.Status, c.InclusionDate, c.EndedOn))
            .ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new PlacementFact(p.CaseId, p.Setting, p.StartedOn, p.AgeAtStart)).ToListAsync(ct);
        var caseWaves = await db.Waves.AsNoTracking().Where(w => labels.Contains(w.Label) && caseIds.Contains(w.CaseId))
            .Select(w => new WaveFact(w.CaseId, w.Label, w.Status, w.DueOn, w.CompletedOn)).ToListAsync(ct);

        var items = CatalogueBuilder.AnalysedItems.ToList();
        // One row per youth with all their answers joined into one string ("T6|strengths|7;…"):
        // hundreds of thousands of tiny rows would cost far more to read than to aggregate
        // (group_concat on SQLite, string_agg on PostgreSQL). Wave labels, item ids and these
        // items' values (numbers, care setting codes) never contain '|' or ';'.
        var answerRows = await (
                from a in db.Answers
                join i in db.Interviews on a.InterviewId equals i.Id
                join w in db.Waves on i.WaveId equals w.Id
                where items.Contains(a.ItemId) && a.Value != null && a.Missing == null
                      && i.Informant == Informant.Youth && i.Status == InterviewStatus.Done
                      && labels.Contains(w.Label) && caseIds.Contains(i.CaseId)
                group new { w.Label, a.ItemId, a.Value } by i.CaseId into g
                select new { CaseId = g.Key, Answers = string.Join(";", g.Select(x => x.Label + "|" + x.ItemId + "|" + x.Value)) })
            .AsNoTracking().ToListAsync(ct);
        var answers = ParseAnswers(answerRows.Select(r => (r.CaseId, r.Answers)), labels, items);

        var participation = await (
                from i in db.Interviews
                join w in db.Waves on i.WaveId equals w.Id
                where i.Status == InterviewStatus.Done && labels.Contains(w.Label) && caseIds.Contains(i.CaseId)
                group i.CaseId by new { w.Label, i.Informant } into g
                select new ParticipationFact(g.Key.Label, g.Key.Informant, g.Distinct().Count()))
            .ToListAsync(ct);

        var crossers = included.Where(c => c.AgeAtInclusion < 18
            && db.Interviews.Any(i => i.CaseId == c.Id && i.Status == InterviewStatus.Done && i.AgeOfYouth >= 18
                && db.Waves.Any(w => w.Id == i.WaveId && labels.Contains(w.Label))))
            .Select(c => c.Id);
        var adultWaveAges = await (
                from i in db.Interviews
                join w in db.Waves on i.WaveId equals w.Id
                where i.Status == InterviewStatus.Done && i.AgeOfYouth != null && labels.Contains(w.Label) && crossers.Contains(i.CaseId)
                group i.AgeOfYouth by new { i.CaseId, w.Label } into g
                select new WaveAgeFact(g.Key.CaseId, g.Key.Label, g.Max()!.Value))
            .ToListAsync(ct);

        var advice = await (
                from a in db.Advice
                join w in db.Waves on a.WaveId equals w.Id
                where !a.IsFeedbackOnly && labels.Contains(w.Label) && caseIds.Contains(a.CaseId)
                select new AdviceFact(a.CaseId, a.Category, a.Addressee, a.Followed, a.SituationImproved))
            .Distinct().ToListAsync(ct);

        var codes = await (
                from s in db.CodedSegments
                join w in db.Waves on s.WaveId equals w.Id
                where labels.Contains(w.Label) && caseIds.Contains(s.CaseId)
                select new CodeFact(s.CaseId, w.Label, s.CodeId))
            .Distinct().ToListAsync(ct);

        return new PackData
        {
            Selection = selection,
            Threshold = threshold,
            DemoData = demoOnly,
            Cohorts = cohorts,
            Regions = regions,
            Waves = waves,
            Enrolment = enrolment,
            Cases = cases,
            Placements = placements,
            CaseWaves = caseWaves,
            YouthAnswers = answers,
            Participation = participation,
            AdultWaveAges = adultWaveAges,
            Advice = advice,
            Codes = codes,
            Codebook = codebook,
        };
    }
}
