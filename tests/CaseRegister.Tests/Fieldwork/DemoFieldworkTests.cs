using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Fieldwork;

// The fieldwork stage of demo-data: two years into the study, the demo cases have waves held and
// missed as the dates say, contacts, interviews that the interview page would accept, placements,
// advice with follow-up and codes, and no identity anywhere in clear. One run, several checks.
public class DemoFieldworkTests : IClassFixture<DemoFieldworkTests.TwoYearsOfDemoData>
{
    private readonly TwoYearsOfDemoData _demo;

    public DemoFieldworkTests(TwoYearsOfDemoData demo) => _demo = demo;

    public sealed class TwoYearsOfDemoData : IAsyncLifetime
    {
        public AppFactory App { get; } = new();
        public DemoDataResult Result { get; private set; } = null!;
        public DateOnly Today { get; private set; }
        public List<Case> Cases { get; private set; } = [];
        public List<Interview> Interviews { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await App.CreateUserAsync(Roles.Interviewer);
            App.Clock.Advance(TimeSpan.FromDays(2 * 365));
            Today = App.Clock.Today;
            Result = await DemoData.RunAsync(App.Services, new DemoDataOptions(15, Seed: 5), TextWriter.Null);
            Cases = await App.DbAsync(db => db.Cases.AsNoTracking()
                .Include(c => c.Persons).Include(c => c.Placements).Include(c => c.Waves).AsSplitQuery().ToListAsync());
            Interviews = await App.DbAsync(db => db.Interviews.AsNoTracking().Include(i => i.Answers).ToListAsync());
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void Demo_cases_get_waves_held_and_missed_contacts_interviews_drafts_advice_with_follow_up_codes_and_placements()
    {
        var counts = _demo.Result.Fieldwork;

        Assert.True(counts.WavesCompleted >= 15, counts.ToString());
        Assert.True(counts.WavesMissed > 0, counts.ToString());
        Assert.True(counts.Interviews > counts.WavesCompleted, counts.ToString());
        Assert.True(counts.ContactAttempts > counts.WavesCompleted, counts.ToString());
        Assert.True(counts.Advice > 0 && counts.AdviceFollowedUp > 0, counts.ToString());
        Assert.True(counts.CodedSegments > 0, counts.ToString());
        Assert.True(counts.Placements > 0, counts.ToString());
        var done = _demo.Interviews.Where(i => i.Status == InterviewStatus.Done).ToList();
        Assert.Equal(counts.Interviews, done.Count);
        foreach (var informant in Enum.GetValues<Informant>())
            Assert.Contains(done, i => i.Informant == informant);
        Assert.Contains(_demo.Interviews, i => i.Status is InterviewStatus.Refused or InterviewStatus.NotReachable);
    }

    [Fact]
    public void Every_demo_answer_passes_the_interview_pages_validation_and_required_items_are_answered_or_coded_missing()
    {
        var protocols = _demo.App.Services.GetRequiredService<StudyFiles>().Protocols;
        var validator = new AnswerValidator();
        foreach (var interview in _demo.Interviews.Where(i => i.Status == InterviewStatus.Done))
        {
            var protocol = protocols.Get(interview.ProtocolId, interview.ProtocolVersion);
            var wave = _demo.Cases.SelectMany(c => c.Waves).Single(w => w.Id == interview.WaveId);
            Assert.Equal(wave.Kind, protocol.WaveKind);
            Assert.Equal(interview.Informant, protocol.Informant);
            foreach (var item in protocol.Items.Where(i => i.Required))
                Assert.Contains(interview.Answers, a => a.ItemId == item.Id);
            foreach (var answer in interview.Answers)
            {
                var item = protocol.Item(answer.ItemId);
                var stored = item.IsFreeText ? answer.Text : answer.Value;
                string?[] values = stored is null ? [] : item.Type == ItemType.MultipleChoice ? stored.Split(AnswerValidator.MultipleChoiceSeparator) : [stored];
                var result = validator.Validate(item, values, answer.Missing, interview.InterviewedOn!.Value);
                Assert.True(result.IsValid, $"{protocol.Id} {item.Id}: '{stored}' {answer.Missing}");
                Assert.Equal(stored, result.Value);
                Assert.True(item.IsFreeText ? answer.Value is null : answer.Text is null, $"{item.Id} stored in the wrong column");
            }
        }
    }

    [Fact]
    public async Task Waves_follow_the_dates_completion_rule_and_the_T0_replanning_and_interviews_store_the_age()
    {
        var today = _demo.Today;
        var settings = await _demo.App.DbAsync(db => db.StudySettings.AsNoTracking().SingleAsync());
        var schedule = Enrolment.Schedule(settings);
        var active = 0;
        foreach (var c in _demo.Cases)
        {
            var born = StudyCalendar.ParseDateOfBirth(c.DateOfBirth)!.Value;
            var baseline = c.Waves.Single(w => w.Kind == WaveKind.Baseline);
            var expected = schedule.For(c.InclusionDate, baseline.CompletedOn).ToList();
            Assert.Equal(expected.Select(w => (w.Label, w.DueOn, w.WindowOpensOn, w.WindowClosesOn)),
                c.Waves.OrderBy(w => w.MonthsAfterBaseline).Select(w => (w.Label, w.DueOn, w.WindowOpensOn, w.WindowClosesOn)));
            foreach (var wave in c.Waves)
            {
                var interviews = _demo.Interviews.Where(i => i.WaveId == wave.Id).ToList();
                Assert.Equal(WaveCompletion.CompletedOn(interviews.Select(i => new InterviewOutcome(i.Informant, i.Status, i.InterviewedOn))), wave.CompletedOn);
                var plan = new PlannedWave(wave.Label, wave.Kind, wave.MonthsAfterBaseline, wave.DueOn, wave.WindowOpensOn, wave.WindowClosesOn);
                Assert.Equal(WaveStatusRules.StatusOn(plan, today, wave.CompletedOn, null, false).Status, wave.Status);
                if (wave.Kind == WaveKind.FollowUp && wave.CompletedOn is { } on) Assert.True(baseline.CompletedOn < on);
                foreach (var interview in interviews.Where(i => i.InterviewedOn is not null))
                {
                    Assert.InRange(interview.InterviewedOn!.Value, c.InclusionDate, today);
                    Assert.Equal(Age.InYears(born, interview.InterviewedOn.Value), interview.AgeOfYouth);
                }
            }
            Assert.Equal(baseline.CompletedOn is null ? CaseStatus.Enrolled : CaseStatus.Active, c.Status);
            if (c.Status == CaseStatus.Active) active++;
        }
        Assert.True(active > 0);
    }

    [Fact]
    public async Task The_setting_reported_at_the_latest_follow_up_is_the_latest_placement_and_the_history_is_only_appended()
    {
        var checkedCases = 0;
        foreach (var c in _demo.Cases)
        {
            var placements = c.Placements.OrderBy(p => p.StartedOn).ThenBy(p => p.RecordedAtUtc).ToList();
            Assert.True(placements[0].Setting.IsIntensive());
            Assert.Null(placements[0].WaveId);
            var latestReport = _demo.Interviews
                .Where(i => i.CaseId == c.Id && i.Status == InterviewStatus.Done && c.Waves.Single(w => w.Id == i.WaveId).Kind == WaveKind.FollowUp)
                .OrderBy(i => i.InterviewedOn)
                .Select(i => i.Answers.FirstOrDefault(a => a.ItemId == StableItems.CurrentSetting)?.Value)
                .LastOrDefault(v => v is not null);
            if (latestReport is null) continue;
            Assert.Equal(latestReport, placements[^1].Setting.ToString());
            checkedCases++;
        }
        Assert.True(checkedCases > 0);

        // Advice is followed up in a later wave, and feedback only never.
        var advice = await _demo.App.DbAsync(db => db.Advice.AsNoTracking().ToListAsync());
        var waves = _demo.Cases.SelectMany(c => c.Waves).ToDictionary(w => w.Id);
        Assert.All(advice.Where(a => a.FollowUpWaveId is not null), a =>
        {
            Assert.False(a.IsFeedbackOnly);
            Assert.True(waves[a.FollowUpWaveId!.Value].MonthsAfterBaseline > waves[a.WaveId].MonthsAfterBaseline);
            Assert.NotNull(a.Followed);
            Assert.NotNull(a.SituationImproved);
        });
        Assert.All(advice, a => Assert.InRange(a.GivenOn, waves[a.WaveId].CompletedOn!.Value, _demo.Today));

        // Contact attempts lie in their wave's window and never after today; due waves have an open task.
        var attempts = await _demo.App.DbAsync(db => db.ContactAttempts.AsNoTracking().ToListAsync());
        Assert.All(attempts, a => Assert.InRange(a.OccurredOn, waves[a.WaveId!.Value].WindowOpensOn, _demo.Today));
        var tasks = await _demo.App.DbAsync(db => db.CaseTasks.AsNoTracking().ToListAsync());
        Assert.All(waves.Values.Where(w => w.Status == WaveStatus.Due), w => Assert.Contains(tasks, t => t.WaveId == w.Id && t.State == ContactTaskState.Open));
    }

    [Fact]
    public async Task Demo_notes_advice_and_memos_are_encrypted_in_the_database_and_name_nobody()
    {
        var app = _demo.App;
        async Task<List<string>> RawAsync(string table, string column)
        {
            // Table and column names come from the list below, not from input.
            var sql = "SELECT \"" + column + "\" AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" IS NOT NULL";
            return await app.DbAsync(db => db.Database.SqlQueryRaw<string>(sql).ToListAsync());
        }
        var texts = _demo.Interviews.SelectMany(i => i.Answers).Select(a => a.Text).OfType<string>().ToList();
        var advice = await app.DbAsync(db => db.Advice.AsNoTracking().Select(a => a.Text!).ToListAsync());
        var memos = await app.DbAsync(db => db.CodedSegments.AsNoTracking().Where(s => s.Memo != null).Select(s => s.Memo!).ToListAsync());
        Assert.NotEmpty(texts);
        Assert.NotEmpty(memos);

        foreach (var (table, column, clear) in new[] { ("Answers", "Text", texts), ("Advice", "Text", advice), ("CodedSegments", "Memo", memos) })
        {
            var raw = await RawAsync(table, column);
            Assert.Equal(clear.Count, raw.Count);
            Assert.All(raw, value => Assert.DoesNotContain(value, clear));
            Assert.All(raw, value => Assert.DoesNotContain(" ", value, StringComparison.Ordinal));
        }

        // No name of the youth or a parent in any generated text, nor in the audit entry.
        var names = _demo.Cases.SelectMany(c => c.Persons).Where(p => p.Role != PersonRole.Professional).Select(p => p.Name!.Replace("(demo)", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(parts => parts).Where(part => part.Length > 3).Distinct().ToList();
        var everything = texts.Concat(advice).Concat(memos).ToList();
        Assert.All(everything, text => Assert.DoesNotContain(names, name => text.Contains(name, StringComparison.Ordinal)));
        var details = await app.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "demo-data").Select(e => e.Details ?? "").SingleAsync());
        Assert.Contains("interviews=", details, StringComparison.Ordinal);
        Assert.DoesNotContain(names, name => details.Contains(name, StringComparison.Ordinal));
    }
}
