using System.Globalization;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Web.Analysis.Catalogue;

// The fixed catalogue of SPEC §3.1 (R0): seven families of tables over the chosen cohorts and
// waves, built from pseudonymous facts into one release request for disclosure control. Nothing
// here decides what may be shown; that is DisclosureControl's job. Table ids and category codes
// are the release ledger's keys: change a label freely, never an id or code.
public static class CatalogueBuilder
{
    public const string Enrolled = "enrolled youths";
    public const string Interviewed = "youths interviewed";
    public const string WithWave = "youths with the wave";
    public const string Retention = "retention";
    public const string KnownSettings = "youths with known settings at both waves";
    public const string WithAdvice = "youths with advice";
    public const string TurnedEighteen = "youths who turned 18";

    public static IReadOnlyList<OutcomeDefinition> Outcomes { get; } =
    [
        new("4a-problem-severity", new OutcomeMeasure(StableItems.ProblemSeverity, IsSkewedCount: false), PackTexts.ProblemSeverity, FollowUpOnly: false, PairedChange: true),
        new("4b-strengths", new OutcomeMeasure(StableItems.Strengths, IsSkewedCount: false), PackTexts.Strengths, FollowUpOnly: false, PairedChange: true),
        new("4c-goal-attainment", new OutcomeMeasure(StableItems.GasGoal1, IsSkewedCount: false, Decimals: 2), PackTexts.GoalAttainment, FollowUpOnly: true, PairedChange: false),
        new("4d-days-in-care", new OutcomeMeasure(StableItems.DaysInCareSinceLast, IsSkewedCount: true, Decimals: 0), PackTexts.DaysInCare, FollowUpOnly: false, PairedChange: false),
        new("4e-placements", new OutcomeMeasure(StableItems.PlacementsSinceLast, IsSkewedCount: true), PackTexts.Placements, FollowUpOnly: false, PairedChange: false),
    ];

    public static IReadOnlyList<string> AnalysedItems { get; } = [.. Outcomes.Select(o => o.Measure.Id), StableItems.CurrentSetting];

    public static CataloguePack Build(PackData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var builder = new Builder(data);
        builder.Enrolment();
        builder.RetentionAndAttrition();
        builder.Transitions();
        builder.OutcomeMeasures();
        builder.Advice();
        builder.Themes();
        builder.EighteenPlus();
        return builder.Result();
    }

    public sealed record OutcomeDefinition(string TableId, OutcomeMeasure Measure, string Title, bool FollowUpOnly, bool PairedChange);

    private sealed class Builder
    {
        private readonly PackData _data;
        private readonly string _cohortSet;
        private readonly PackLabels _labels = new();
        private readonly List<TableLayout> _layouts = [];
        private readonly List<FrequencyTable> _counts = [];
        private readonly List<OutcomeTable> _outcomes = [];
        private readonly List<RetentionTable> _retention = [];
        private readonly List<ThemeTable> _themes = [];
        private readonly List<SameNumber> _sameNumbers = [];
        private readonly Dimension _cohorts;
        private readonly Dictionary<string, int> _cohortIndex;
        private readonly Dictionary<Guid, string> _yearOfCohort;
        private readonly Dictionary<Guid, string> _cohortOfCase;
        private readonly Dictionary<Guid, List<PlacementFact>> _placements;
        private readonly Dictionary<(Guid, string), CareSetting> _settingAtWave = [];
        private readonly Dictionary<(Guid, string, string), double> _values = [];
        private readonly List<string> _waveLabels;

        public Builder(PackData data)
        {
            _data = data;
            _cohortSet = data.Selection.CohortSet;
            var years = data.Cohorts.Select(c => c.Year).Distinct().Order().ToList();
            var cohortCodes = years.Count > 0 ? years.Select(Code).ToList() : data.Selection.CohortYears.Distinct().Order().Select(Code).ToList();
            _cohorts = new Dimension("cohort", cohortCodes.Count > 0 ? cohortCodes : ["-"]);
            _labels.Add("cohort", _cohorts.Categories.ToDictionary(code => code,
                code => string.Join(" / ", data.Cohorts.Where(c => Code(c.Year) == code).Select(c => c.Label).DefaultIfEmpty(code))));
            _cohortIndex = _cohorts.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            _yearOfCohort = data.Cohorts.ToDictionary(c => c.Id, c => Code(c.Year));
            _cohortOfCase = data.Cases.ToDictionary(c => c.Id, c => _yearOfCohort[c.CohortId]);
            _placements = data.Placements.GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.StartedOn).ToList());
            _waveLabels = data.Waves.Select(w => w.Label).ToList();

            foreach (var answer in data.YouthAnswers)
            {
                if (answer.ItemId == StableItems.CurrentSetting)
                {
                    if (Enum.TryParse<CareSetting>(answer.Value, ignoreCase: false, out var setting))
                        _settingAtWave[(answer.CaseId, answer.Label)] = setting;
                }
                else if (double.TryParse(answer.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    _values[(answer.CaseId, answer.Label, answer.ItemId)] = value;
                }
            }
            // Without the youth's answer, the placement in force on the day the wave was completed.
            foreach (var wave in data.CaseWaves.Where(w => w.CompletedOn is not null && !_settingAtWave.ContainsKey((w.CaseId, w.Label))))
                if (Bands.PlacementOn(PlacementsOf(wave.CaseId), wave.CompletedOn!.Value) is { } placed)
                    _settingAtWave[(wave.CaseId, wave.Label)] = placed;

            _labels.Add("region", data.Regions.ToDictionary(r => RegionCode(r.Id), r => r.Name));
            _labels.Add("setting", PackTexts.Settings);
            _labels.Add("ageband", PackTexts.AgeBands);
            _labels.Add("sex", PackTexts.Sexes);
            _labels.Add("informant", PackTexts.Informants);
            _labels.Add("status", PackTexts.WaveOutcomes);
            _labels.Add("from", PackTexts.SettingBands);
            _labels.Add("to", PackTexts.SettingBands);
            _labels.Add("category", PackTexts.AdviceCategories);
            _labels.Add("addressee", PackTexts.Addressees);
            _labels.Add("followed", PackTexts.Followed);
            _labels.Add("improved", PackTexts.Improved);
            _labels.Add("age18", PackTexts.EighteenGroups);
            _labels.Add("before18", PackTexts.ContinuityBands);
            _labels.Add("after18", PackTexts.ContinuityBands);
            _labels.Add("code", data.Codebook.Codes.ToDictionary(c => c.Id, c => c.Label));
        }

        public CataloguePack Result() => new(
            new ReleaseRequest(new DisclosureParameters(Math.Max(DisclosureParameters.MinimumThreshold, _data.Threshold)))
            {
                CountTables = _counts,
                OutcomeTables = _outcomes,
                RetentionTables = _retention,
                ThemeTables = _themes,
            },
            _layouts, _labels, _sameNumbers, _data);

        // Family 1: enrolment per cohort by region, setting at inclusion, age band and sex, and
        // participation per wave and informant.
        public void Enrolment()
        {
            var regions = new Dimension("region", _data.Regions.Count > 0 ? _data.Regions.Select(r => RegionCode(r.Id)).ToList() : ["-"]);
            AddEnrolmentTable("1a-enrolment-region", PackTexts.EnrolmentByRegion, regions, ChartKind.None);
            AddEnrolmentTable("1b-enrolment-setting", PackTexts.EnrolmentBySetting, new Dimension("setting", Bands.InclusionSettings), ChartKind.ColumnTotals);
            AddEnrolmentTable("1c-enrolment-age", PackTexts.EnrolmentByAge, new Dimension("ageband", Bands.AgeBands), ChartKind.ColumnTotals);
            AddEnrolmentTable("1d-enrolment-sex", PackTexts.EnrolmentBySex, new Dimension("sex", Enum.GetNames<Sex>()), ChartKind.None);

            if (_waveLabels.Count == 0) return;
            var informants = new Dimension("informant", Enum.GetNames<Informant>());
            var byWave = _data.Participation.ToLookup(p => p.Label);
            var slices = _waveLabels.Select(label =>
            {
                var grid = new int[informants.Count, 1];
                foreach (var row in byWave[label]) grid[informants.Categories.ToList().IndexOf(row.Informant.ToString()), 0] = row.Youths;
                return new TableSlice(label, grid);
            }).ToList();
            _counts.Add(FrequencyTable.PerWave("1e-participation", Interviewed, _cohortSet, informants, null, slices, hasMargins: false));
            _layouts.Add(new TableLayout("1e-participation", 1, PackTexts.Participation, TableShape.Counts) { Note = PackTexts.ParticipationNote });
        }

        private void AddEnrolmentTable(string id, string title, Dimension columns, ChartKind chart)
        {
            var grid = new int[_cohorts.Count, columns.Count];
            var columnIndex = columns.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            foreach (var count in _data.Enrolment.Where(e => e.Dimension == columns.Name))
                if (_yearOfCohort.TryGetValue(count.CohortId, out var year) && columnIndex.TryGetValue(count.Code, out var column))
                    grid[_cohortIndex[year], column] += count.Youths;
            _counts.Add(FrequencyTable.TwoWay(id, Enrolled, _cohortSet, _cohorts, columns, grid));
            _layouts.Add(new TableLayout(id, 1, title, TableShape.Counts) { Chart = chart });
        }

        private void AddCohortTable(string id, string title, Dimension columns, Func<CaseFact, string> columnOf, ChartKind chart, int family = 1)
        {
            var grid = new int[_cohorts.Count, columns.Count];
            var columnIndex = columns.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            foreach (var youth in _data.Cases)
                if (columnIndex.TryGetValue(columnOf(youth), out var column)) grid[CohortIndex(youth.Id), column]++;
            _counts.Add(FrequencyTable.TwoWay(id, Enrolled, _cohortSet, _cohorts, columns, grid));
            _layouts.Add(new TableLayout(id, family, title, TableShape.Counts) { Chart = chart });
        }

        // Family 2: the status of each wave per cohort, and retention curves per cohort.
        public void RetentionAndAttrition()
        {
            if (_waveLabels.Count == 0) return;
            var casesById = _data.Cases.ToDictionary(c => c.Id);
            var wavesOfCase = _data.CaseWaves.GroupBy(w => w.CaseId).ToDictionary(g => g.Key, g => g.ToDictionary(w => w.Label));
            var statuses = new Dimension("status", Bands.WaveOutcomes);
            var statusIndex = Bands.WaveOutcomes.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
            var slices = new List<TableSlice>();
            foreach (var label in _waveLabels)
            {
                var grid = new int[_cohorts.Count, statuses.Count];
                foreach (var wave in _data.CaseWaves.Where(w => w.Label == label))
                    grid[CohortIndex(wave.CaseId), statusIndex[Bands.WaveOutcome(wave, casesById[wave.CaseId])]]++;
                slices.Add(new TableSlice(label, grid));
            }
            _counts.Add(FrequencyTable.PerWave("2a-wave-status", WithWave, _cohortSet, _cohorts, statuses, slices, percentages: PercentageBase.RowTotal));
            _layouts.Add(new TableLayout("2a-wave-status", 2, PackTexts.WaveStatus, TableShape.Counts) { Note = PackTexts.RowPercentages });

            // Per youth: the first wave at which they dropped out (an event), or else the last wave
            // with a known outcome, after which they are no longer observed (censored).
            var events = new Dictionary<Guid, (int Wave, bool IsEvent)>();
            foreach (var youth in _data.Cases)
            {
                var own = wavesOfCase.GetValueOrDefault(youth.Id) ?? [];
                var lastKnown = 0;
                (int, bool)? outcome = null;
                for (var i = 0; i < _waveLabels.Count; i++)
                {
                    if (!own.TryGetValue(_waveLabels[i], out var wave)) continue;
                    var status = Bands.WaveOutcome(wave, youth);
                    if (Bands.IsDropOut(status))
                    {
                        outcome = (i, true);
                        break;
                    }
                    if (status != Bands.Open) lastKnown = i;
                }
                events[youth.Id] = outcome ?? (lastKnown, false);
            }

            var groups = _cohorts.Categories.Select(code => (Code: code, Cases: _data.Cases.Where(c => _cohortOfCase[c.Id] == code).ToList())).ToList();
            foreach (var (code, cases) in groups)
                AddRetention($"2b-retention-{code}", CategoryKey.Of("cohort", code), cases, events, PackTexts.RetentionCohort, _labels.Category("cohort", code));
            if (groups.Count > 1) AddRetention("2b-retention-all", CategoryKey.All, _data.Cases, events, PackTexts.RetentionAll, null);

            // The start of a curve is the cohort's enrolment total, shown in family 1 too; a wave
            // every youth has (T0) shows it once more.
            var enrolmentTotals = _data.Cases.GroupBy(c => _cohortOfCase[c.Id]).ToDictionary(g => g.Key, g => g.Count());
            foreach (var (code, cases) in groups)
            {
                var category = CategoryKey.Of("cohort", code);
                var figures = new List<FigureRef> { new("1c-enrolment-age", FrequencyTable.NoWave, category), new($"2b-retention-{code}", FrequencyTable.NoWave, category, RetentionStart: true) };
                figures.AddRange(_waveLabels.Where(l => _data.CaseWaves.Count(w => w.Label == l && _cohortOfCase[w.CaseId] == code) == cases.Count)
                    .Select(l => new FigureRef("2a-wave-status", l, category)));
                _sameNumbers.Add(new SameNumber($"cohort {code}", figures));
            }
            if (groups.Count > 1)
            {
                var figures = new List<FigureRef> { new("1c-enrolment-age", FrequencyTable.NoWave, CategoryKey.All), new("2b-retention-all", FrequencyTable.NoWave, CategoryKey.All, RetentionStart: true) };
                figures.AddRange(_waveLabels.Where(l => _data.CaseWaves.Count(w => w.Label == l) == _data.Cases.Count)
                    .Select(l => new FigureRef("2a-wave-status", l, CategoryKey.All)));
                _sameNumbers.Add(new SameNumber("all cohorts", figures));
            }
        }

        private void AddRetention(string id, CategoryKey category, IReadOnlyList<CaseFact> cases, Dictionary<Guid, (int Wave, bool IsEvent)> events,
            string title, string? titleArgument)
        {
            var waves = _waveLabels.Select((label, i) => new RetentionWave(label,
                cases.Count(c => events[c.Id] == (i, true)), cases.Count(c => events[c.Id] == (i, false)))).ToList();
            _retention.Add(new RetentionTable(id, Retention, _cohortSet, cases.Count, waves, category));
            _layouts.Add(new TableLayout(id, 2, title, TableShape.Retention) { TitleArgument = titleArgument, Note = PackTexts.RetentionNote, Chart = ChartKind.Retention });
        }

        // Family 3: care setting bands at consecutive chosen waves.
        public void Transitions()
        {
            if (_waveLabels.Count < 2) return;
            var bands = Bands.SettingBands;
            var from = new Dimension("from", bands);
            var to = new Dimension("to", bands);
            var index = bands.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i);
            var slices = new List<TableSlice>();
            for (var w = 0; w + 1 < _waveLabels.Count; w++)
            {
                var grid = new int[bands.Count, bands.Count];
                foreach (var youth in _data.Cases)
                    if (_settingAtWave.TryGetValue((youth.Id, _waveLabels[w]), out var before) &&
                        _settingAtWave.TryGetValue((youth.Id, _waveLabels[w + 1]), out var after))
                        grid[index[Bands.SettingBand(before)], index[Bands.SettingBand(after)]]++;
                slices.Add(new TableSlice(PairKey(_waveLabels[w], _waveLabels[w + 1]), grid));
            }
            _counts.Add(FrequencyTable.PerWave("3-setting-transitions", KnownSettings, _cohortSet, from, to, slices));
            _layouts.Add(new TableLayout("3-setting-transitions", 3, PackTexts.Transitions, TableShape.Counts) { Note = PackTexts.TransitionsNote });
        }

        // Family 4: outcome measures per wave (all youths, and per cohort when cohorts are pooled),
        // and paired change between consecutive chosen waves and from the first to the last.
        public void OutcomeMeasures()
        {
            if (_waveLabels.Count == 0) return;
            var perCohort = _cohorts.Count > 1;
            foreach (var definition in Outcomes)
            {
                var item = definition.Measure.Id;
                var waves = _data.Waves.Where(w => !definition.FollowUpOnly || w.Kind == WaveKind.FollowUp).Select(w => w.Label).ToList();
                if (waves.Count == 0) continue;
                var groups = new List<OutcomeGroup>();
                foreach (var wave in waves)
                {
                    groups.Add(new OutcomeGroup(wave, CategoryKey.All, ValuesAt(_data.Cases, wave, item)));
                    if (perCohort)
                        foreach (var code in _cohorts.Categories)
                            groups.Add(new OutcomeGroup(wave, CategoryKey.Of("cohort", code), ValuesAt(CasesOf(code), wave, item), CategoryKey.All));
                }
                var changes = new List<PairedChangeGroup>();
                if (definition.PairedChange)
                {
                    foreach (var (first, second) in WavePairs(waves))
                    {
                        changes.Add(new PairedChangeGroup(first, second, CategoryKey.All, Pairs(_data.Cases, first, second, item)));
                        if (perCohort)
                            foreach (var code in _cohorts.Categories)
                                changes.Add(new PairedChangeGroup(first, second, CategoryKey.Of("cohort", code), Pairs(CasesOf(code), first, second, item), CategoryKey.All));
                    }
                }
                _outcomes.Add(new OutcomeTable(definition.TableId, _cohortSet, definition.Measure, groups, changes));
                _layouts.Add(new TableLayout(definition.TableId, 4, definition.Title, TableShape.Outcome)
                {
                    ChangeTitle = definition.PairedChange ? PackTexts.ChangeTitle : null,
                    Chart = definition.Measure.Id is StableItems.ProblemSeverity or StableItems.Strengths ? ChartKind.OutcomeMeans : ChartKind.None,
                });
            }
        }

        private static IEnumerable<(string, string)> WavePairs(List<string> waves)
        {
            for (var i = 0; i + 1 < waves.Count; i++) yield return (waves[i], waves[i + 1]);
            if (waves.Count > 2) yield return (waves[0], waves[^1]);
        }

        private List<double> ValuesAt(IEnumerable<CaseFact> cases, string wave, string item) =>
            cases.Select(c => _values.TryGetValue((c.Id, wave, item), out var v) ? (double?)v : null).OfType<double>().ToList();

        private List<PairedObservation> Pairs(IEnumerable<CaseFact> cases, string first, string second, string item) =>
            cases.Select(c => new PairedObservation(
                    _values.TryGetValue((c.Id, first, item), out var before) ? before : null,
                    _values.TryGetValue((c.Id, second, item), out var after) ? after : null))
                .Where(p => p.Before is not null || p.After is not null)
                .ToList();

        // Family 5: advice by category and addressee, whether it was followed and whether the
        // situation improved. Youths, not advices, are counted; the cells overlap, so no totals.
        public void Advice()
        {
            var categories = new Dimension("category", Enum.GetNames<AdviceCategory>());
            var addressees = new Dimension("addressee", Enum.GetNames<AdviceAddressee>());
            var followed = new Dimension("followed", Bands.FollowedCodes);
            var improved = new Dimension("improved", Bands.ImprovedCodes);
            static string Followed(AdviceFact a) => a.Followed?.ToString() ?? Bands.Pending;
            static string Improved(AdviceFact a) => a.Improved?.ToString() ?? Bands.Pending;
            AddAdviceTable("5a-advice-given", PackTexts.AdviceGiven, categories, addressees, a => a.Category.ToString(), a => a.Addressee.ToString());
            AddAdviceTable("5b-advice-followed", PackTexts.AdviceFollowedByCategory, categories, followed, a => a.Category.ToString(), Followed);
            AddAdviceTable("5c-advice-followed-addressee", PackTexts.AdviceFollowedByAddressee, addressees, followed, a => a.Addressee.ToString(), Followed);
            AddAdviceTable("5d-advice-improvement", PackTexts.AdviceImprovement, followed, improved, Followed, Improved);
        }

        private void AddAdviceTable(string id, string title, Dimension rows, Dimension columns, Func<AdviceFact, string> rowOf, Func<AdviceFact, string> columnOf)
        {
            var grid = new int[rows.Count, columns.Count];
            var rowIndex = rows.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            var columnIndex = columns.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            foreach (var cell in _data.Advice.Select(a => (a.CaseId, Row: rowOf(a), Column: columnOf(a))).Distinct())
                grid[rowIndex[cell.Row], columnIndex[cell.Column]]++;
            _counts.Add(FrequencyTable.PerWave(id, WithAdvice, _cohortSet, rows, columns, [new TableSlice(FrequencyTable.NoWave, grid)], hasMargins: false));
            _layouts.Add(new TableLayout(id, 5, title, TableShape.Counts) { Note = PackTexts.AdviceNote });
        }

        // Family 6: youths per code per wave, one table per codebook group.
        public void Themes()
        {
            if (_waveLabels.Count == 0) return;
            foreach (var group in _data.Codebook.Groups)
            {
                var codes = group.Codes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                var mentions = _data.Codes.Where(c => codes.Contains(c.CodeId))
                    .Select(c => new ThemeMention(c.CaseId.ToString("N"), c.Label, c.CodeId)).ToList();
                var id = "6-themes-" + group.Id.Replace('_', '-');
                _themes.Add(new ThemeTable(id, _cohortSet, group.Id, group.Codes.Select(c => c.Id).ToList(), _waveLabels, mentions));
                _layouts.Add(new TableLayout(id, 6, PackTexts.Themes, TableShape.Themes) { TitleArgument = group.Title, Note = PackTexts.ThemesNote });
            }
        }

        // Family 7: youths who turned 18 in the chosen waves, and their care before and after.
        // Ages come from what was recorded at inclusion and at each interview; dates of birth stay
        // encrypted.
        public void EighteenPlus()
        {
            var agesOfCase = _data.AdultWaveAges.GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.ToDictionary(a => a.Label, a => a.Age));
            string GroupOf(CaseFact c) => c.AgeAtInclusion >= 18 ? Bands.AdultAtInclusion
                : agesOfCase.TryGetValue(c.Id, out var ages) && ages.Values.Any(a => a >= 18) ? Bands.TurnedEighteen
                : Bands.UnderEighteen;
            AddCohortTable("7a-turning-18", PackTexts.EighteenByCohort, new Dimension("age18", Bands.EighteenGroups), GroupOf, ChartKind.None, family: 7);

            var before = new Dimension("before18", Bands.ContinuityBands);
            var after = new Dimension("after18", Bands.ContinuityBands);
            var index = Bands.ContinuityBands.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i);
            var grid = new int[before.Count, after.Count];
            foreach (var youth in _data.Cases.Where(c => GroupOf(c) == Bands.TurnedEighteen))
            {
                var ages = agesOfCase[youth.Id];
                CareSetting? settingBefore = null, settingAfter = null;
                foreach (var label in _waveLabels)
                {
                    if (!ages.TryGetValue(label, out var age) || !_settingAtWave.TryGetValue((youth.Id, label), out var setting)) continue;
                    if (age < 18) settingBefore = setting;
                    else if (settingAfter is null) settingAfter = setting;
                }
                settingBefore ??= Bands.PlacementOn(PlacementsOf(youth.Id), youth.InclusionDate);
                settingAfter ??= PlacementsOf(youth.Id).FirstOrDefault(p => p.AgeAtStart >= 18)?.Setting;
                grid[index[Bands.ContinuityBand(settingBefore)], index[Bands.ContinuityBand(settingAfter)]]++;
            }
            _counts.Add(FrequencyTable.TwoWay("7b-care-continuity-18", TurnedEighteen, _cohortSet, before, after, grid));
            _layouts.Add(new TableLayout("7b-care-continuity-18", 7, PackTexts.EighteenContinuity, TableShape.Counts) { Note = PackTexts.EighteenContinuityNote });
        }

        private List<PlacementFact> PlacementsOf(Guid caseId) => _placements.TryGetValue(caseId, out var list) ? list : [];

        private IEnumerable<CaseFact> CasesOf(string cohortCode) => _data.Cases.Where(c => _cohortOfCase[c.Id] == cohortCode);

        private int CohortIndex(Guid caseId) => _cohortIndex[_cohortOfCase[caseId]];
    }

    public static string PairKey(string from, string to) => $"{from}->{to}";

    public static string RegionCode(Guid id) => id.ToString("N");

    private static string Code(int year) => year.ToString(CultureInfo.InvariantCulture);
}
