using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.AnalysisPack;

// The catalogue's bands and rules as plain functions, and the spreadsheet safety helper.
public class CatalogueRulesTests
{
    private static readonly Guid Cohort = Guid.NewGuid();
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Theory]
    [InlineData(7, "8-11")]
    [InlineData(8, "8-11")]
    [InlineData(11, "8-11")]
    [InlineData(12, "12-15")]
    [InlineData(15, "12-15")]
    [InlineData(16, "16-17")]
    [InlineData(17, "16-17")]
    [InlineData(18, "18+")]
    [InlineData(24, "18+")]
    public void Ages_fall_in_the_fixed_bands_of_the_spec(int age, string band) => Assert.Equal(band, Bands.AgeBand(age));

    [Theory]
    [InlineData(CareSetting.JeugdzorgPlus, Bands.Intensive, Bands.InCare)]
    [InlineData(CareSetting.Obc, Bands.Intensive, Bands.InCare)]
    [InlineData(CareSetting.SmallScaleLiving, Bands.Residential, Bands.InCare)]
    [InlineData(CareSetting.FosterCare, Bands.FamilyBased, Bands.InCare)]
    [InlineData(CareSetting.Home, Bands.Home, Bands.HomeOrIndependent)]
    [InlineData(CareSetting.IndependentLiving, Bands.Independent, Bands.HomeOrIndependent)]
    [InlineData(CareSetting.Detention, Bands.OtherSetting, Bands.OtherSetting)]
    public void Care_settings_group_into_transition_and_continuity_bands(CareSetting setting, string band, string continuity)
    {
        Assert.Equal(band, Bands.SettingBand(setting));
        Assert.Equal(continuity, Bands.ContinuityBand(setting));
    }

    [Fact]
    public void Every_care_setting_has_a_band() =>
        Assert.All(Enum.GetValues<CareSetting>(), s => Assert.Contains(Bands.SettingBand(s), Bands.SettingBands));

    [Theory]
    [InlineData(WaveStatus.Completed, CaseStatus.Withdrawn, 60, Bands.Completed)]
    [InlineData(WaveStatus.Missed, CaseStatus.Active, null, Bands.Missed)]
    [InlineData(WaveStatus.Planned, CaseStatus.Active, null, Bands.Open)]
    [InlineData(WaveStatus.Due, CaseStatus.Active, null, Bands.Open)]
    [InlineData(WaveStatus.Cancelled, CaseStatus.Withdrawn, 60, Bands.Withdrawn)]
    [InlineData(WaveStatus.Missed, CaseStatus.LostToFollowUp, 60, Bands.Lost)]
    [InlineData(WaveStatus.Planned, CaseStatus.Deceased, 60, Bands.Lost)]
    [InlineData(WaveStatus.Missed, CaseStatus.Withdrawn, 400, Bands.Missed)]
    public void A_wave_after_the_end_counts_as_the_reason_the_case_ended(WaveStatus status, CaseStatus caseStatus, int? endedAfterDays, string outcome)
    {
        var youth = Youth(Guid.NewGuid(), caseStatus, endedAfterDays is { } d ? Start.AddDays(d) : null);
        var wave = new WaveFact(youth.Id, "T6", status, Start.AddDays(182), null);

        Assert.Equal(outcome, Bands.WaveOutcome(wave, youth));
    }

    [Fact]
    public void The_placement_in_force_is_the_latest_started_on_or_before_the_date()
    {
        var id = Guid.NewGuid();
        List<PlacementFact> placements = [new(id, CareSetting.Jji, Start.AddDays(-40), 15), new(id, CareSetting.FamilyHome, Start.AddDays(100), 15)];

        Assert.Null(Bands.PlacementOn(placements, Start.AddDays(-41)));
        Assert.Equal(CareSetting.Jji, Bands.PlacementOn(placements, Start));
        Assert.Equal(CareSetting.FamilyHome, Bands.PlacementOn(placements, Start.AddDays(100)));
    }

    [Fact]
    public void Retention_counts_the_first_drop_out_as_the_event_and_censors_the_others_after_their_last_known_wave()
    {
        var (withdrawn, open, completed) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var data = Data(
            [Youth(withdrawn, CaseStatus.Withdrawn, Start.AddDays(100)), Youth(open, CaseStatus.Active, null), Youth(completed, CaseStatus.Active, null)],
            [
                new(withdrawn, "T0", WaveStatus.Completed, Start, Start), new(withdrawn, "T6", WaveStatus.Cancelled, Start.AddDays(182), null),
                new(open, "T0", WaveStatus.Completed, Start, Start), new(open, "T6", WaveStatus.Due, Start.AddDays(182), null),
                new(completed, "T0", WaveStatus.Completed, Start, Start), new(completed, "T6", WaveStatus.Completed, Start.AddDays(182), Start.AddDays(182)),
            ]);

        var curve = CatalogueBuilder.Build(data).Request.RetentionTables.Single();

        Assert.Equal(3, curve.StartingCount);
        Assert.Equal([new RetentionWave("T0", 0, 1), new RetentionWave("T6", 1, 1)], curve.Waves);
    }

    [Fact]
    public void A_youth_who_turns_18_is_counted_with_the_care_before_and_after_the_birthday()
    {
        var id = Guid.NewGuid();
        var youth = Youth(id, CaseStatus.Active, null) with { AgeAtInclusion = 17 };
        var data = Data([youth],
            [new(id, "T0", WaveStatus.Completed, Start, Start), new(id, "T6", WaveStatus.Completed, Start.AddDays(182), Start.AddDays(182))],
            answers: [new(id, "T0", StableItems.CurrentSetting, nameof(CareSetting.JeugdzorgPlus)), new(id, "T6", StableItems.CurrentSetting, nameof(CareSetting.IndependentLiving))],
            ages: [new(id, "T0", 17), new(id, "T6", 18)]);

        var request = CatalogueBuilder.Build(data).Request;

        var groups = request.CountTables.Single(t => t.Id == "7a-turning-18");
        Assert.Equal(1, groups.Slices[0].Counts[0, Bands.EighteenGroups.ToList().IndexOf(Bands.TurnedEighteen)]);
        var continuity = request.CountTables.Single(t => t.Id == "7b-care-continuity-18").Slices[0].Counts;
        var bands = Bands.ContinuityBands.ToList();
        Assert.Equal(1, continuity[bands.IndexOf(Bands.InCare), bands.IndexOf(Bands.HomeOrIndependent)]);
    }

    [Fact]
    public void Outcome_tables_have_cohort_subgroups_only_when_cohorts_are_pooled_and_no_T0_row_for_goal_attainment()
    {
        var id = Guid.NewGuid();
        var data = Data([Youth(id, CaseStatus.Active, null)], [new(id, "T0", WaveStatus.Completed, Start, Start)],
            answers: [new(id, "T0", StableItems.ProblemSeverity, "7")]);

        var request = CatalogueBuilder.Build(data).Request;

        var severity = request.OutcomeTables.Single(t => t.Id == "4a-problem-severity");
        var row = Assert.Single(severity.Groups);
        Assert.Equal(("T0", CategoryKey.All, 7.0), (row.Wave, row.Category, row.Values.Single()));
        Assert.DoesNotContain(request.OutcomeTables, t => t.Id == "4c-goal-attainment");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("-2", "-2")]
    [InlineData("+3", "+3")]
    [InlineData("<10", "<10")]
    [InlineData("Haaglanden", "Haaglanden")]
    [InlineData("", "")]
    public void Cells_that_a_spreadsheet_would_run_as_a_formula_get_an_apostrophe(string value, string written) =>
        Assert.Equal(written, SpreadsheetSafety.Neutralise(value));

    [Theory]
    [InlineData("plain", ',', "plain")]
    [InlineData("a,b", ',', "\"a,b\"")]
    [InlineData("a;b", ';', "\"a;b\"")]
    [InlineData("a;b", ',', "a;b")]
    [InlineData("say \"hi\"", ',', "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", ',', "\"two\nlines\"")]
    [InlineData("=1+1", ',', "'=1+1")]
    public void Csv_fields_are_quoted_as_RFC_4180_says_after_neutralising(string value, char separator, string field) =>
        Assert.Equal(field, CsvFiles.Field(value, separator));

    // R1: the unit is the youth. Three advices to one youth in the same category are one youth in
    // that category; the cells overlap (a youth can be in several), so the tables have no totals.
    [Fact]
    public void Advice_tables_count_youths_not_advices()
    {
        var (a, b) = (Youth(Guid.NewGuid(), CaseStatus.Active, null), Youth(Guid.NewGuid(), CaseStatus.Active, null));
        var data = Data([a, b], [new WaveFact(a.Id, "T0", WaveStatus.Completed, Start, Start)], advice:
            [
                new AdviceFact(a.Id, AdviceCategory.Education, AdviceAddressee.Family, AdviceFollowed.Yes, null),
                new AdviceFact(a.Id, AdviceCategory.Education, AdviceAddressee.Provider, AdviceFollowed.Yes, null),
                new AdviceFact(a.Id, AdviceCategory.Education, AdviceAddressee.Family, AdviceFollowed.No, null),
                new AdviceFact(b.Id, AdviceCategory.Education, AdviceAddressee.Family, AdviceFollowed.Yes, null),
            ]);

        var tables = CatalogueBuilder.Build(data).Request.CountTables.ToDictionary(t => t.Id);

        int Count(string table, string row, string column)
        {
            var t = tables[table];
            return t.Slices.Single().Counts[t.Rows.Categories.ToList().IndexOf(row), t.Columns!.Categories.ToList().IndexOf(column)];
        }
        Assert.Equal(2, Count("5a-advice-given", "Education", "Family"));
        Assert.Equal(1, Count("5a-advice-given", "Education", "Provider"));
        Assert.Equal(2, Count("5b-advice-followed", "Education", "Yes"));
        Assert.Equal(1, Count("5b-advice-followed", "Education", "No"));
        Assert.Equal(2, Count("5d-advice-improvement", "Yes", Bands.Pending));
        Assert.False(tables["5a-advice-given"].HasMargins);
    }

    private static CaseFact Youth(Guid id, CaseStatus status, DateOnly? endedOn) =>
        new(id, Cohort, Guid.Empty, 14, Sex.Female, status, Start, endedOn);

    private static PackData Data(IReadOnlyList<CaseFact> cases, IReadOnlyList<WaveFact> waves,
        IReadOnlyList<AnswerFact>? answers = null, IReadOnlyList<WaveAgeFact>? ages = null, IReadOnlyList<AdviceFact>? advice = null) => new()
    {
        Selection = new PackSelection([2026], ["T0", "T6"]),
        Threshold = 10,
        DemoData = false,
        Cohorts = [new CohortInfo(Cohort, 2026, "Cohort 2026")],
        Regions = [new RegionInfo(Guid.Empty, "Regio")],
        Waves = waves.Select(w => w.Label).Distinct().Select((label, i) => new WaveInfo(label, i * 6, i == 0 ? WaveKind.Baseline : WaveKind.FollowUp)).ToList(),
        Cases = cases,
        Enrolment = EnrolmentCount.FromCases(cases, cases.Select(c => new PlacementFact(c.Id, CareSetting.JeugdzorgPlus, Start.AddDays(-10), c.AgeAtInclusion))),
        Placements = cases.Select(c => new PlacementFact(c.Id, CareSetting.JeugdzorgPlus, Start.AddDays(-10), c.AgeAtInclusion)).ToList(),
        CaseWaves = waves,
        YouthAnswers = answers ?? [],
        Participation = [],
        AdultWaveAges = ages ?? [],
        Advice = advice ?? [],
        Codes = [],
        Codebook = new Codebook(1, "test", []),
    };
}
