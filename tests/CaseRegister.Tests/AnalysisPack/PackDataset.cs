using CaseRegister.Tests.Support;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Protocols;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// A fixed synthetic study, inserted directly so that every value is known: 75 youths in two
// cohorts (2025: 40, 2026: 35) over waves T0, T6, T12, T18, with youth, parent and professional
// interviews, placements, withdrawals, advice and codes. Every value comes from the youth's index
// by a formula; ids are counters, so two runs build the same database. Besides them: one
// demonstration case and one case withdrawn with erasure of everything, which no table may count,
// and a region whose name is a spreadsheet formula.
public static class PackDataset
{
    public const string FormulaRegion = "=HYPERLINK(\"http://example.org/x\",\"klik\")";
    public const string FreeTextMarker = "VRIJE-TEKST";
    public const int Youths = 75;

    public static readonly DateOnly Cohort2025Start = new(2025, 1, 6);
    public static readonly DateOnly Cohort2026Start = new(2026, 1, 5);

    private static readonly string[] WaveLabels = ["T0", "T6", "T12", "T18"];

    public static string ResearchCode(int i) => i < 40 ? $"ZW-2025-{i + 1:D3}" : $"ZW-2026-{i - 39:D3}";

    public static Guid CaseId(int i) => Id(1, i);

    public static Guid Id(int kind, int number) => new($"{kind:D8}-0000-4000-8000-{number:D12}");

    public static Task InsertAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var counter = 0;
        Guid Next() => Id(9, ++counter);
        var cohort2025 = new Cohort { Id = Id(2, 2025), Label = "Cohort 2025", Year = 2025, InclusionStart = new(2025, 1, 1), InclusionEnd = new(2025, 12, 31), TargetSize = 40 };
        var cohort2026 = new Cohort { Id = Id(2, 2026), Label = "Cohort 2026", Year = 2026, InclusionStart = new(2026, 1, 1), InclusionEnd = new(2026, 12, 31), TargetSize = 40, IsOpen = true };
        db.Cohorts.AddRange(cohort2025, cohort2026);
        var formula = new Region { Id = Id(3, 1), Name = FormulaRegion, Landsdeel = "Test", InStudy = true };
        formula.ExpertTeams.Add(new ExpertTeam { Id = Id(4, 1), RegionId = formula.Id, Name = "Expertteam test" });
        db.Regions.Add(formula);
        await db.SaveChangesAsync();
        var regions = await db.Regions.Where(r => r.Name == "Haaglanden" || r.Name == "Rotterdam-Rijnmond").OrderBy(r => r.Name).ToListAsync();
        var teams = await db.ExpertTeams.ToListAsync();
        var protocols = app.Services.GetRequiredService<Web.Study.StudyFiles>().Protocols;

        for (var i = 0; i < Youths + 2; i++)
        {
            var isDemo = i == Youths;
            var erased = i == Youths + 1;
            var inCohort2025 = i < 40 || isDemo;
            var region = i % 5 == 0 ? formula : regions[i % 5 <= 2 ? 0 : 1];
            var inclusion = (inCohort2025 ? Cohort2025Start : Cohort2026Start).AddDays(i % 20 * 3);
            var age = 8 + i * 7 % 12;
            var status = i % 13 == 5 ? CaseStatus.Withdrawn : i % 17 == 3 ? CaseStatus.LostToFollowUp : CaseStatus.Active;
            var endedOn = status == CaseStatus.Active ? (DateOnly?)null : inclusion.AddMonths(8);
            var youth = new Case
            {
                Id = CaseId(i),
                ResearchCode = isDemo ? "DEMO-001" : erased ? "ZW-2025-099" : ResearchCode(i),
                CohortId = inCohort2025 ? cohort2025.Id : cohort2026.Id,
                Status = status,
                RegionId = region.Id,
                ExpertTeamId = teams.First(t => t.RegionId == region.Id).Id,
                ExpertTeamDiscussedOn = inclusion.AddDays(-14),
                InclusionDate = inclusion,
                AgeAtInclusion = age,
                Sex = i == 7 ? Sex.Other : i % 3 == 0 ? Sex.Female : Sex.Male,
                EndedOn = endedOn,
                IsDemo = isDemo,
                ConsentState = ConsentStatusKind.Complete,
            };
            db.Cases.Add(youth);
            var intensive = new[] { CareSetting.JeugdzorgPlus, CareSetting.Jji, CareSetting.JGgz, CareSetting.Obc }[i % 4];
            db.Placements.Add(new Placement { Id = Next(), CaseId = youth.Id, Setting = intensive, StartedOn = inclusion.AddDays(-30), AgeAtStart = age });
            if (i % 4 == 1)
                db.Placements.Add(new Placement { Id = Next(), CaseId = youth.Id, Setting = CareSetting.OpenResidential, StartedOn = inclusion.AddMonths(5), AgeAtStart = age + (i % 12 + 5) / 12 });
            if (erased)
                db.Withdrawals.Add(new Withdrawal { Id = Next(), CaseId = youth.Id, WithdrawnOn = inclusion.AddMonths(2), WithdrawnBy = WithdrawnBy.Youth, Scope = WithdrawalScope.EraseEverything, AgeAtWithdrawal = age, RecordedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) });
            if (status == CaseStatus.Withdrawn)
                db.Withdrawals.Add(new Withdrawal { Id = Next(), CaseId = youth.Id, WithdrawnOn = endedOn!.Value, WithdrawnBy = WithdrawnBy.Parent, Scope = WithdrawalScope.NoFurtherContact, AgeAtWithdrawal = age, RecordedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) });

            for (var w = 0; w < WaveLabels.Length; w++)
            {
                var months = w * 6;
                var due = inclusion.AddMonths(months).AddDays(w == 0 ? 28 : 0);
                var ended = endedOn is { } e && due >= e;
                var wave = new Wave
                {
                    Id = Next(),
                    CaseId = youth.Id,
                    Label = WaveLabels[w],
                    Kind = w == 0 ? WaveKind.Baseline : WaveKind.FollowUp,
                    MonthsAfterBaseline = months,
                    DueOn = due,
                    WindowOpensOn = due.AddDays(-42),
                    WindowClosesOn = due.AddDays(42),
                };
                wave.Status = ended ? (status == CaseStatus.Withdrawn ? WaveStatus.Cancelled : WaveStatus.Missed)
                    : due > new DateOnly(2026, 10, 1) ? WaveStatus.Planned
                    : (i + w) % 11 == 4 ? WaveStatus.Missed
                    : WaveStatus.Completed;
                if (wave.Status == WaveStatus.Completed) wave.CompletedOn = due.AddDays(i % 10);
                db.Waves.Add(wave);
                if (wave.Status != WaveStatus.Completed) continue;

                var ageNow = age + (months + i % 12) / 12;
                var youthProtocol = protocols.Current(wave.Kind, Informant.Youth);
                var interview = Interview(Next(), youth.Id, wave, Informant.Youth, youthProtocol, ageNow);
                Answer(interview, Next(), StableItems.ProblemSeverity, (3 + (i + 2 * w + i * w % 4) % 6).ToString());
                Answer(interview, Next(), StableItems.Strengths, (4 + (3 * i + w) % 5).ToString());
                Answer(interview, Next(), StableItems.DaysInCareSinceLast, ((13 * i + 7 * w) % 180).ToString());
                Answer(interview, Next(), StableItems.PlacementsSinceLast, ((i + w) % 3).ToString());
                if (w > 0) Answer(interview, Next(), StableItems.GasGoal1, ((i + w) % 5 - 2).ToString());
                if (i % 8 == 6 && w > 0) Answer(interview, Next(), "gas_goal2", null, missing: MissingCode.Refused);
                var setting = w == 0 ? intensive : (i + w) % 3 == 0 ? CareSetting.Home : (i + w) % 3 == 1 ? CareSetting.OpenResidential : intensive;
                if (youthProtocol.FindItem(StableItems.CurrentSetting) is not null) Answer(interview, Next(), StableItems.CurrentSetting, setting.ToString());
                // Free text, with the research code in it: neither may ever reach the pack.
                var textItem = youthProtocol.Items.First(item => item.IsFreeText);
                Answer(interview, Next(), textItem.Id, null, text: (i == 2 ? "=HYPERLINK(\"http://example.org\") " : "") + $"{FreeTextMarker} {youth.ResearchCode} vertelde over school.");
                db.Interviews.Add(interview);

                if (i % 2 == 0)
                {
                    var professional = Interview(Next(), youth.Id, wave, Informant.Professional, protocols.Current(wave.Kind, Informant.Professional), ageNow);
                    if (professional.ProtocolId.Contains("followup", StringComparison.Ordinal))
                        Answer(professional, Next(), StableItems.CurrentSetting, setting.ToString());
                    Answer(professional, Next(), StableItems.ProblemSeverity, "9");
                    db.Interviews.Add(professional);
                }
                if (i % 3 == 0)
                {
                    var parent = Interview(Next(), youth.Id, wave, Informant.Parent, protocols.Current(wave.Kind, Informant.Parent), ageNow);
                    Answer(parent, Next(), StableItems.Strengths, "5");
                    db.Interviews.Add(parent);
                }

                if (w == 0)
                {
                    db.Advice.Add(new Advice
                    {
                        Id = Next(), CaseId = youth.Id, WaveId = wave.Id,
                        Category = (AdviceCategory)(i % 3), Addressee = (AdviceAddressee)(i % 2),
                        Text = $"{FreeTextMarker} advies voor {youth.ResearchCode}", GivenOn = due,
                        Followed = i % 5 == 4 ? null : (AdviceFollowed)(i % 5), SituationImproved = i % 5 == 4 ? null : (Improvement)(i % 2),
                        RecordedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                    });
                }
                foreach (var code in Codes(i, w))
                    db.CodedSegments.Add(new CodedSegment { Id = Next(), CaseId = youth.Id, WaveId = wave.Id, CodeId = code, Memo = $"{FreeTextMarker} citaat", RecordedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) });
            }
        }
        await db.SaveChangesAsync();
    });

    private static IEnumerable<string> Codes(int i, int w)
    {
        if (i % 2 == 0) yield return "attribution";
        if (i % 3 == 0) yield return "blame";
        if (i % 7 == 0 && w == 0) yield return "truth";
        if ((i + w) % 4 == 0) yield return "transition_18_plus";
    }

    private static Interview Interview(Guid id, Guid caseId, Wave wave, Informant informant, Protocol protocol, int age) => new()
    {
        Id = id,
        CaseId = caseId,
        WaveId = wave.Id,
        Informant = informant,
        Status = InterviewStatus.Done,
        ProtocolId = protocol.Id,
        ProtocolVersion = protocol.Version,
        InterviewedOn = wave.CompletedOn,
        AgeOfYouth = age,
        CompletedAtUtc = wave.CompletedOn!.Value.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
    };

    private static void Answer(Interview interview, Guid id, string itemId, string? value, string? text = null, MissingCode? missing = null) =>
        interview.Answers.Add(new Answer { Id = id, InterviewId = interview.Id, ItemId = itemId, Value = value, Text = text, Missing = missing });
}
