using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Localization;

namespace CaseRegister.Tests.Fieldwork;

public class FieldworkRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 1);

    [Fact]
    public void A_wave_is_completed_by_the_first_done_interview_with_the_youth_or_a_parent()
    {
        Assert.Equal(Day, WaveCompletion.CompletedOn([new(Informant.Youth, InterviewStatus.Done, Day)]));
        Assert.Equal(Day.AddDays(-3), WaveCompletion.CompletedOn(
            [new(Informant.Youth, InterviewStatus.Done, Day), new(Informant.Parent, InterviewStatus.Done, Day.AddDays(-3))]));
    }

    [Fact]
    public void A_professional_interview_drafts_and_refusals_do_not_complete_a_wave()
    {
        Assert.Null(WaveCompletion.CompletedOn(
        [
            new(Informant.Professional, InterviewStatus.Done, Day),
            new(Informant.Youth, InterviewStatus.Draft, Day),
            new(Informant.Parent, InterviewStatus.Refused, null),
            new(Informant.Parent, InterviewStatus.NotReachable, null),
        ]));
    }

    [Fact]
    public void Completing_T0_late_moves_the_follow_ups_drops_one_past_the_study_end_and_never_moves_a_completed_one()
    {
        var schedule = new WaveSchedule(new ScheduleSettings { StudyStart = new DateOnly(2026, 1, 1), DurationYears = 2 });
        var inclusion = new DateOnly(2026, 3, 1);
        var waves = schedule.For(inclusion).Select(p => new Wave
        {
            Id = Guid.NewGuid(), Label = p.Label, Kind = p.Kind, MonthsAfterBaseline = p.MonthsAfterBaseline,
            DueOn = p.DueOn, WindowOpensOn = p.WindowOpensOn, WindowClosesOn = p.WindowClosesOn,
        }).ToList();
        Assert.Equal(["T0", "T6", "T12", "T18"], waves.Select(w => w.Label));

        // T0 due 26-04-2026 but held on 01-07-2026: T18 would fall on 01-01-2028, after the end.
        var plan = WaveCompletion.ReplanFollowUps(schedule, inclusion, new DateOnly(2026, 7, 1), waves);

        Assert.Equal([("T6", new DateOnly(2027, 1, 1)), ("T12", new DateOnly(2027, 7, 1))], plan.Moved.Select(m => (m.Wave.Label, m.Plan.DueOn)));
        Assert.Equal(["T18"], plan.Dropped.Select(w => w.Label));
        Assert.Empty(plan.Added);

        waves.Single(w => w.Label == "T6").CompletedOn = new DateOnly(2026, 12, 20);
        var again = WaveCompletion.ReplanFollowUps(schedule, inclusion, new DateOnly(2026, 7, 1), waves);
        Assert.DoesNotContain(again.Moved, m => m.Wave.Label == "T6");
    }

    [Fact]
    public void An_early_T0_can_make_room_for_one_more_follow_up()
    {
        var schedule = new WaveSchedule(new ScheduleSettings { StudyStart = new DateOnly(2026, 1, 1), DurationYears = 2 });
        var inclusion = new DateOnly(2026, 6, 20);
        var waves = schedule.For(inclusion).Select(p => new Wave { Id = Guid.NewGuid(), Label = p.Label, Kind = p.Kind, DueOn = p.DueOn }).ToList();
        Assert.Equal(["T0", "T6", "T12"], waves.Select(w => w.Label));

        var plan = WaveCompletion.ReplanFollowUps(schedule, inclusion, new DateOnly(2026, 6, 25), waves);

        Assert.Equal(["T18"], plan.Added.Select(p => p.Label));
    }

    [Theory]
    [InlineData("Home", CareSetting.JeugdzorgPlus, CareSetting.Home)]
    [InlineData("JeugdzorgPlus", CareSetting.JeugdzorgPlus, null)]
    [InlineData("Home", null, CareSetting.Home)]
    [InlineData("3", CareSetting.JeugdzorgPlus, null)]
    [InlineData("home", CareSetting.JeugdzorgPlus, null)]
    [InlineData(null, CareSetting.JeugdzorgPlus, null)]
    public void A_placement_is_appended_only_for_a_known_setting_other_than_the_latest(string? answered, CareSetting? latest, CareSetting? expected) =>
        Assert.Equal(expected, PlacementRule.SettingToAppend(answered, latest));

    [Fact]
    public void Every_fieldwork_message_and_label_has_an_English_translation()
    {
        var english = new TextCatalog().Language("en");
        var missing = FieldworkTexts.All.Concat(FieldworkLabels.All()).Concat(["Contactpogingen", "Interviews", "Terugkoppeling en advies", "Coderen"])
            .Where(text => !english.ContainsKey(text))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "Missing in Resources/en/fieldwork.json:\n" + string.Join("\n", missing));
    }
}
