using System.Globalization;
using Bogus;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Web.Study;

public sealed class DemoFieldworkCounts
{
    public int WavesCompleted { get; set; }
    public int WavesMissed { get; set; }
    public int WavesDue { get; set; }
    public int Interviews { get; set; }
    public int Drafts { get; set; }
    public int Answers { get; set; }
    public int ContactAttempts { get; set; }
    public int Advice { get; set; }
    public int AdviceFollowedUp { get; set; }
    public int CodedSegments { get; set; }
    public int Placements { get; set; }
    public int Tasks { get; set; }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"waves completed={WavesCompleted} missed={WavesMissed} due={WavesDue}; interviews={Interviews} (drafts {Drafts}), answers={Answers}; contacts={ContactAttempts}; advice={Advice} (followed up {AdviceFollowedUp}); codes={CodedSegments}; placements={Placements}; tasks={Tasks}");
}

// The fieldwork of a demo case up to today (the demo-data command, after enrolment): which waves
// were held and which were missed, the contact attempts before each, the interviews with youth,
// parents and professionals, the placements they report, advice and its follow-up, and codes on
// the notes.
//
// It takes the rules from where the pages take them, so that a demo case looks like one recorded
// through the app: every answer passes the AnswerValidator of the interview page against the
// protocol in force, a wave is completed by WaveCompletion's rule, T0 moves the follow-ups as
// WaveCompletion.ReplanFollowUps says, a reported setting becomes a placement by PlacementRule,
// no interview is held on a day the consent does not allow it (ConsentEvaluator, as InterviewGate),
// and wave statuses and contact tasks are what WaveStatusRules and RecontactPlanner make of it.
//
// Free text (notes, advice, memos) comes from fixed sentences that name nobody; it is stored in
// the encrypted columns like any other free text.
public sealed class DemoFieldwork
{
    private static readonly AnswerValidator Validator = new();

    private static readonly string[] Notes =
    [
        "Het gaat volgens de jongere beter sinds de overplaatsing; slaapt beter en gaat weer naar school.",
        "In de afgelopen maanden was er een crisisopname van twee weken.",
        "De samenwerking tussen jeugdbescherming en zorgaanbieder verloopt stroef; afspraken worden niet nagekomen.",
        "Wacht nog op specialistische behandeling; intussen is er ambulante begeleiding.",
        "Wil graag dichter bij huis wonen en een opleiding in de techniek volgen.",
        "De overgang naar 18+ is besproken, maar er is nog geen woonplek voor na de achttiende verjaardag.",
        "School heeft een aangepast rooster gemaakt; drie ochtenden per week.",
        "Het contact met de gezinsvoogd is goed en voorspelbaar.",
        "Er zijn zorgen over middelengebruik in de weekenden.",
        "De professional ziet vooruitgang in het omgaan met boosheid en frustratie.",
        "Het gezin voelt zich niet gehoord bij de keuze voor de nieuwe plek.",
        "Na een incident op de groep is er contact met de politie geweest.",
        "Een ouder is weer meer betrokken en komt wekelijks op bezoek.",
        "De financiering van het vervolgtraject is nog niet rond; gemeente en aanbieder overleggen.",
        "Heeft een vaste mentor op de groep en voelt zich daar veilig.",
        "Er is veel wisseling van hulpverleners geweest; steeds opnieuw het verhaal vertellen.",
        "De diagnose is herzien; de behandeling sluit nu beter aan.",
        "Het netwerk rond het gezin is klein; weinig steun van familie.",
    ];

    private static readonly string[] ContactNotes =
    [
        "Voicemail ingesproken.",
        "Afspraak gemaakt via de mentor op de groep.",
        "Nummer blijkt niet meer in gebruik; nieuw nummer opgevraagd bij de gezinsvoogd.",
        "Jongere is overgeplaatst; nieuwe locatie nagevraagd.",
        "Bericht gestuurd, nog geen reactie.",
    ];

    private static readonly Dictionary<AdviceCategory, string> AdviceTexts = new()
    {
        [AdviceCategory.CareOffer] = "Onderzoek een kleinschalige woonvoorziening dichter bij huis.",
        [AdviceCategory.Cooperation] = "Plan één gezamenlijk overleg met school, zorgaanbieder en gezinsvoogd over één plan.",
        [AdviceCategory.Education] = "Regel een onderwijsplek met een aangepast rooster vanaf de overplaatsing.",
        [AdviceCategory.Family] = "Betrek de ouders bij de evaluatie van het behandelplan.",
        [AdviceCategory.Safety] = "Stel samen met de jongere een signaleringsplan voor crisissituaties op.",
        [AdviceCategory.Transition18] = "Begin uiterlijk op 17,5 jaar met de planning van wonen, inkomen en zorg na 18 jaar.",
        [AdviceCategory.Funding] = "Regel de indicatie voor het vervolgtraject voordat de huidige plaatsing afloopt.",
        [AdviceCategory.Housing] = "Zoek met de gemeente een passende woonplek met begeleiding.",
        [AdviceCategory.Other] = "Evalueer over drie maanden of de gemaakte afspraken zijn nagekomen.",
    };

    private static readonly string[] Memos =
    [
        "Duidelijk voorbeeld van dit thema.",
        "Komt ook bij de vorige meting terug.",
        "Genoemd door meerdere informanten.",
    ];

    // Where a youth goes from an intensive setting, most often a step down (zo thuis mogelijk).
    private static readonly CareSetting[] StepDown =
        [CareSetting.OpenResidential, CareSetting.SmallScaleLiving, CareSetting.FamilyHome, CareSetting.FosterCare, CareSetting.Home, CareSetting.IndependentLiving];
    private static readonly float[] StepDownWeights = [.3f, .2f, .15f, .1f, .17f, .08f];

    private static readonly AdviceCategory[] Categories = Enum.GetValues<AdviceCategory>();
    private static readonly AdviceAddressee[] Addressees = [AdviceAddressee.Family, AdviceAddressee.Provider, AdviceAddressee.Municipality, AdviceAddressee.Region];
    private static readonly float[] AddresseeWeights = [.3f, .4f, .2f, .1f];
    private static readonly AdviceFollowed[] FollowedValues = [AdviceFollowed.Yes, AdviceFollowed.Partly, AdviceFollowed.No, AdviceFollowed.NotKnown];
    private static readonly float[] FollowedWeights = [.35f, .3f, .2f, .15f];
    private static readonly MissingCode[] MissingCodes = [MissingCode.NotKnown, MissingCode.Refused, MissingCode.NotApplicable, MissingCode.NotAsked];
    private static readonly float[] MissingWeights = [.5f, .25f, .15f, .1f];

    private readonly Faker _faker;
    private readonly DateOnly _today;
    private readonly ProtocolCatalog _protocols;
    private readonly ConsentEvaluator _consent;
    private readonly WaveSchedule _schedule;
    private readonly DateTime _nowUtc;

    public DemoFieldwork(int seed, DateOnly today, DateTime nowUtc, ProtocolCatalog protocols, ConsentEvaluator consent, WaveSchedule schedule)
    {
        _faker = new Faker("nl") { Random = new Randomizer(seed) };
        _today = today;
        _nowUtc = nowUtc;
        _protocols = protocols;
        _consent = consent;
        _schedule = schedule;
    }

    public DemoFieldworkCounts Counts { get; } = new();

    // What is written: entities added to the given lists (the caller saves them) and changes to
    // the tracked case and its waves.
    public sealed class Output
    {
        public List<Wave> AddedWaves { get; } = [];
        public List<Wave> DroppedWaves { get; } = [];
        public List<Interview> Interviews { get; } = [];
        public List<ContactAttempt> ContactAttempts { get; } = [];
        public List<Advice> Advice { get; } = [];
        public List<CodedSegment> CodedSegments { get; } = [];
        public List<Placement> Placements { get; } = [];
        public List<CaseTask> Tasks { get; } = [];
    }

    // The case comes with its persons, consents, placements and waves.
    public Output Generate(Case @case)
    {
        var output = new Output();
        if (!@case.IsActive || StudyCalendar.ParseDateOfBirth(@case.DateOfBirth) is not { } born) return output;

        var state = new CaseState(@case, born, @case.Placements.OrderBy(p => p.StartedOn).ThenBy(p => p.RecordedAtUtc).LastOrDefault()?.Setting ?? CareSetting.Other);
        var baseline = @case.Waves.Single(w => w.Kind == WaveKind.Baseline);
        var baselineOn = Wave(state, baseline, output);
        if (baselineOn is { } on)
        {
            @case.Status = CaseStatus.Active;
            Replan(@case, on, output);
        }

        foreach (var wave in @case.Waves.Where(w => w.Kind == WaveKind.FollowUp).OrderBy(w => w.MonthsAfterBaseline))
        {
            if (baselineOn is null || wave.WindowOpensOn > _today) break;
            Wave(state, wave, output);
        }

        // Statuses and contact tasks as the planner job would leave them today.
        var blocked = @case.ConsentState is ConsentStatusKind.Missing or ConsentStatusKind.Blocked;
        var waves = @case.Waves.OrderBy(w => w.MonthsAfterBaseline).ToList();
        var plan = RecontactPlanner.Plan(new CaseWaves(
            [.. waves.Select(w => new WaveProgress(Planned(w), w.CompletedOn, w.Status, null))], null, blocked), _today);
        for (var i = 0; i < waves.Count; i++)
        {
            var next = plan.Next.Waves[i];
            waves[i].Status = next.Status;
            waves[i].ConsentBlocked = blocked && next.Status is WaveStatus.Due or WaveStatus.Missed;
            switch (next.Status)
            {
                case WaveStatus.Completed: Counts.WavesCompleted++; break;
                case WaveStatus.Missed: Counts.WavesMissed++; break;
                case WaveStatus.Due: Counts.WavesDue++; break;
            }
            if (next.Task is { } task)
            {
                output.Tasks.Add(new CaseTask
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, Kind = CaseTaskKind.WaveContact, WaveId = waves[i].Id, DueOn = waves[i].DueOn,
                    State = task.State, ConsentBlocked = task.ConsentBlocked, CreatedAtUtc = _nowUtc,
                });
                Counts.Tasks++;
            }
        }
        return output;
    }

    private sealed class CaseState(Case @case, DateOnly born, CareSetting setting)
    {
        public Case Case { get; } = @case;
        public DateOnly Born { get; } = born;
        public CareSetting Setting { get; set; } = setting;
        public bool BaselineDone { get; set; }
        public int WavesHeld { get; set; }
        public List<Advice> OpenAdvice { get; } = [];

        // The outcome trajectory: severity falls and strengths grow a little per wave, with noise.
        public double Severity { get; set; } = 6.5;
        public double Strengths { get; set; } = 3.5;
        public double Trend { get; set; }
    }

    // One wave: contact attempts, interviews (if held), placement, advice, codes. Returns the date
    // the wave was completed, if it was.
    private DateOnly? Wave(CaseState state, Wave wave, Output output)
    {
        var f = _faker;
        var c = state.Case;
        var opens = wave.WindowOpensOn;
        var lastDay = wave.WindowClosesOn < _today ? wave.WindowClosesOn : _today;
        if (opens > lastDay) return null;

        var permission = WaveStatusRules.CanRecordInterview(wave.Kind, c.Status, state.BaselineDone, consentBlocked: false);
        // A wave still open is held with a chance that grows with the part of the window gone by.
        var windowDays = wave.WindowClosesOn.DayNumber - opens.DayNumber + 1;
        var elapsed = (double)(lastDay.DayNumber - opens.DayNumber + 1) / windowDays;
        var chance = (wave.Kind == WaveKind.Baseline ? .92 : .85 - .03 * state.WavesHeld) * Math.Min(1, elapsed * 1.2);
        DateOnly? heldOn = null;
        if (permission.IsAllowed && f.Random.Double() < chance)
        {
            var day = Between(opens.AddDays(Math.Min(7, lastDay.DayNumber - opens.DayNumber)), lastDay);
            heldOn = ConsentAllows(state, day) ? day : LaterDayWithConsent(state, day, lastDay);
        }

        Contacts(c, wave, opens, heldOn ?? lastDay, held: heldOn is not null, windowOpen: wave.WindowClosesOn >= _today, output);
        if (heldOn is not { } held)
        {
            // An interviewer who has started but not finished: a draft in an open window.
            if (wave.WindowClosesOn >= _today && permission.IsAllowed && ConsentAllows(state, _today) && f.Random.Bool(.15f))
                Draft(state, wave, output);
            return null;
        }

        Move(state, wave);

        // Who was interviewed: the youth usually, each parent often, the first professional mostly.
        // At least the youth or a parent, else the wave would not count as completed.
        var interviews = new List<Interview>();
        var parents = c.Persons.Where(p => p.IsActive && p.Role is PersonRole.ParentalAuthority or PersonRole.Guardian).OrderBy(p => p.SortOrder).ToList();
        var professionals = c.Persons.Where(p => p.IsActive && p.Role == PersonRole.Professional).OrderBy(p => p.SortOrder).ToList();
        var youthDone = f.Random.Bool(.88f) || parents.Count == 0;
        interviews.Add(Interview(state, wave, Informant.Youth, null, youthDone ? held : null, output));
        foreach (var (parent, i) in parents.Select((p, i) => (p, i)))
            interviews.Add(Interview(state, wave, Informant.Parent, parent.Id, f.Random.Bool(i == 0 && !youthDone ? 1f : .7f) ? LaterOn(state, held, lastDay) : null, output));
        foreach (var (professional, i) in professionals.Select((p, i) => (p, i)))
            interviews.Add(Interview(state, wave, Informant.Professional, professional.Id, f.Random.Bool(i == 0 ? .8f : .4f) ? LaterOn(state, held, lastDay) : null, output));

        var completedOn = WaveCompletion.CompletedOn(interviews.Select(i => new InterviewOutcome(i.Informant, i.Status, i.InterviewedOn)));
        wave.CompletedOn = completedOn;
        wave.Status = WaveStatus.Completed;
        if (wave.Kind == WaveKind.Baseline) state.BaselineDone = true;
        state.WavesHeld++;

        FollowUpAdvice(state, wave, completedOn!.Value);
        GiveAdvice(state, wave, completedOn.Value, output);
        Codes(c, wave, interviews, output);
        return completedOn;
    }

    private bool ConsentAllows(CaseState state, DateOnly on)
    {
        var c = state.Case;
        var status = _consent.Evaluate(
            state.Born, on,
            [.. c.Persons.Where(p => p.IsActive).Select(p => new Consent.CasePerson(p.Id, p.Role))],
            [.. c.Consents.Where(r => r.GivenOn <= on).Select(r => new RecordedConsent(r.PersonId, r.TemplateId, r.TemplateVersion, r.Language, r.GivenOn, r.WithdrawnOn is { } w && w <= on))]);
        return status.AllowsInterview;
    }

    // A youth who turned 12 or 18 in the window is interviewed once the new consent is there.
    private DateOnly? LaterDayWithConsent(CaseState state, DateOnly from, DateOnly lastDay)
    {
        foreach (var given in state.Case.Consents.Select(r => r.GivenOn).Where(d => d > from && d <= lastDay).Order())
            if (ConsentAllows(state, given)) return given;
        return null;
    }

    private Interview Interview(CaseState state, Wave wave, Informant informant, Guid? personId, DateOnly? heldOn, Output output)
    {
        var f = _faker;
        var protocol = _protocols.Current(wave.Kind, informant);
        var interview = NewInterview(state.Case, wave, informant, personId, protocol);
        if (heldOn is not { } held)
        {
            interview.Status = f.Random.Bool(.6f) ? InterviewStatus.NotReachable : InterviewStatus.Refused;
            output.Interviews.Add(interview);
            return interview;
        }

        Answer(state, interview, protocol, held, items: protocol.Items);
        interview.Status = InterviewStatus.Done;
        interview.InterviewedOn = held;
        interview.AgeOfYouth = Age.InYears(state.Born, held);
        interview.CompletedAtUtc = _nowUtc;
        output.Interviews.Add(interview);
        Counts.Interviews++;

        if (wave.Kind == WaveKind.FollowUp
            && interview.Answers.FirstOrDefault(a => a.ItemId == StableItems.CurrentSetting)?.Value is { } code
            && PlacementRule.SettingToAppend(code, state.Case.Placements.OrderBy(p => p.StartedOn).ThenBy(p => p.RecordedAtUtc).LastOrDefault()?.Setting) is { } setting)
        {
            var placement = new Placement
            {
                Id = Guid.NewGuid(), CaseId = state.Case.Id, Setting = setting, StartedOn = held, AgeAtStart = Age.InYears(state.Born, held),
                WaveId = wave.Id, RecordedAtUtc = _nowUtc, RecordedByUserId = state.Case.AssignedInterviewerId,
            };
            // Added to the case too, so the next informant's answer is compared with it.
            state.Case.Placements.Add(placement);
            output.Placements.Add(placement);
            Counts.Placements++;
        }
        return interview;
    }

    private void Draft(CaseState state, Wave wave, Output output)
    {
        var protocol = _protocols.Current(wave.Kind, Informant.Youth);
        var interview = NewInterview(state.Case, wave, Informant.Youth, null, protocol);
        interview.Status = InterviewStatus.Draft;
        Answer(state, interview, protocol, _today, items: protocol.Items.Take(protocol.Items.Count / 2).ToList());
        output.Interviews.Add(interview);
        Counts.Drafts++;
    }

    private Interview NewInterview(Case c, Wave wave, Informant informant, Guid? personId, Protocol protocol) => new()
    {
        Id = Guid.NewGuid(), CaseId = c.Id, WaveId = wave.Id, Informant = informant, PersonId = personId, Status = InterviewStatus.Planned,
        ProtocolId = protocol.Id, ProtocolVersion = protocol.Version,
    };

    // Between waves the youth's situation moves on: a placement change now and then, and the
    // outcome scales drift (on average towards better, as the study hopes, not for everyone).
    private void Move(CaseState state, Wave wave)
    {
        var f = _faker;
        if (wave.Kind == WaveKind.Baseline)
        {
            state.Severity = f.Random.Double(5, 9);
            state.Strengths = f.Random.Double(2, 6);
            state.Trend = f.Random.Double(-.3, .9);
            return;
        }
        if (f.Random.Bool(state.Setting.IsIntensive() ? .3f : .12f))
        {
            state.Setting = f.Random.Bool(.85f)
                ? f.Random.WeightedRandom(StepDown, StepDownWeights)
                : f.PickRandom(CareSetting.JeugdzorgPlus, CareSetting.Jji, CareSetting.JGgz, CareSetting.Detention);
        }
        state.Severity = Math.Clamp(state.Severity - state.Trend + f.Random.Double(-1, 1), 0, 10);
        state.Strengths = Math.Clamp(state.Strengths + state.Trend * .7 + f.Random.Double(-1, 1), 0, 10);
    }

    // An answer for each item as the form would post it, checked by the interview page's validator.
    private void Answer(CaseState state, Interview interview, Protocol protocol, DateOnly on, IReadOnlyList<ProtocolItem> items)
    {
        var f = _faker;
        foreach (var item in items)
        {
            MissingCode? missing = null;
            List<string?> values = [];
            if (item.Id != StableItems.CurrentSetting && f.Random.Bool(.04f))
                missing = f.Random.WeightedRandom(MissingCodes, MissingWeights);
            else if (item.IsFreeText && !item.Required && f.Random.Bool(.4f))
                continue;
            else
                values = Posted(state, item, on);

            var result = Validator.Validate(item, values, missing, on);
            if (result.Error is { } error)
                throw new InvalidOperationException($"Demo answer for {protocol.Id} v{protocol.Version} item '{item.Id}' refused (a bug in the generator): {string.Format(CultureInfo.InvariantCulture, error.Format, error.Args)}");
            if (result.IsEmpty) continue;
            interview.Answers.Add(new Answer
            {
                Id = Guid.NewGuid(), InterviewId = interview.Id, ItemId = item.Id,
                Value = item.IsFreeText ? null : result.Value,
                Text = item.IsFreeText ? result.Value : null,
                Missing = result.MissingCode,
            });
            Counts.Answers++;
        }
    }

    private List<string?> Posted(CaseState state, ProtocolItem item, DateOnly on)
    {
        var f = _faker;
        string Whole(double value) => ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
        switch (item.Id)
        {
            case StableItems.CurrentSetting: return [state.Setting.ToString()];
            case StableItems.ProblemSeverity: return [Whole(Math.Clamp(state.Severity + f.Random.Double(-1, 1), 0, 10))];
            case StableItems.Strengths: return [Whole(Math.Clamp(state.Strengths + f.Random.Double(-1, 1), 0, 10))];
            case StableItems.GasGoal1: return [Whole(Math.Clamp(state.Trend * 2 + f.Random.Double(-1.5, 1.5), -2, 2))];
        }

        switch (item.Type)
        {
            case ItemType.Scale:
                return [f.Random.Number((int)item.Min!.Value, (int)item.Max!.Value).ToString(CultureInfo.InvariantCulture)];
            case ItemType.Number:
            {
                var min = item.Min ?? 0;
                var max = item.Max ?? min + 20;
                // Ages asked about (first help at age ...) are at most the youth's age.
                if (item.Unit == "jaar") max = Math.Min(max, Age.InYears(state.Born, on));
                max = Math.Min(max, min + 30);
                if (max < min) max = min;
                var skewed = Math.Pow(f.Random.Double(), 2.5);
                return [Whole((double)min + skewed * (double)(max - min))];
            }
            case ItemType.SingleChoice:
                return [item.Options[f.Random.Number(0, item.Options.Count - 1)].Code];
            case ItemType.MultipleChoice:
            {
                var exclusive = item.Options.Where(o => o.Exclusive).ToList();
                if (exclusive.Count > 0 && f.Random.Bool(.15f)) return [f.PickRandom(exclusive).Code];
                var others = item.Options.Where(o => !o.Exclusive).ToList();
                return [.. f.PickRandom(others, Math.Min(others.Count, f.Random.Number(1, 3))).Select(o => (string?)o.Code)];
            }
            case ItemType.Date:
            {
                var earliest = state.Born > on.AddYears(-3) ? state.Born : on.AddYears(-3);
                return [StudyCalendar.Iso(Between(earliest, on))];
            }
            case ItemType.YesNo:
                return [f.Random.Bool(.4f) ? AnswerValidator.Yes : AnswerValidator.No];
            default:
                return [string.Join(" ", f.PickRandom(Notes, f.Random.Number(1, 2)))];
        }
    }

    // Attempts to reach the family before the interview: a few that fail, then an appointment.
    // Without an interview: only failed attempts (window closed) or some so far (window open).
    private void Contacts(Case c, Wave wave, DateOnly opens, DateOnly until, bool held, bool windowOpen, Output output)
    {
        var f = _faker;
        var failed = held ? f.Random.WeightedRandom([0, 1, 2], [.5f, .35f, .15f]) : windowOpen ? f.Random.Number(0, 2) : f.Random.Number(2, 4);
        var days = Enumerable.Range(0, failed + (held ? 1 : 0)).Select(_ => Between(opens, until)).Order().ToList();
        for (var i = 0; i < days.Count; i++)
        {
            var last = i == days.Count - 1;
            var outcome = held && last
                ? f.Random.Bool(.7f) ? ContactOutcome.AppointmentMade : ContactOutcome.Reached
                : f.Random.WeightedRandom([ContactOutcome.NoAnswer, ContactOutcome.WrongNumber, ContactOutcome.Moved, ContactOutcome.Refused], [.65f, .15f, .15f, .05f]);
            var next = held && last ? (DateOnly?)null : days[i].AddDays(f.Random.Number(2, 10));
            output.ContactAttempts.Add(new ContactAttempt
            {
                Id = Guid.NewGuid(), CaseId = c.Id, WaveId = wave.Id, OccurredOn = days[i],
                Channel = f.Random.WeightedRandom([ContactChannel.Phone, ContactChannel.Email, ContactChannel.Visit, ContactChannel.ViaProfessional], [.55f, .15f, .1f, .2f]),
                Outcome = outcome, NextAttemptOn = next,
                Note = f.Random.Bool(.3f) ? f.PickRandom(ContactNotes) : null,
                RecordedAtUtc = _nowUtc, RecordedByUserId = c.AssignedInterviewerId,
            });
            Counts.ContactAttempts++;
        }
    }

    private void GiveAdvice(CaseState state, Wave wave, DateOnly completedOn, Output output)
    {
        var f = _faker;
        var count = f.Random.WeightedRandom([0, 1, 2], [.25f, .45f, .3f]);
        for (var i = 0; i < count; i++)
        {
            var category = f.PickRandom(Categories);
            var given = Min(completedOn.AddDays(f.Random.Number(0, 14)), _today);
            var advice = new Advice
            {
                Id = Guid.NewGuid(), CaseId = state.Case.Id, WaveId = wave.Id, Category = category,
                Addressee = f.Random.WeightedRandom(Addressees, AddresseeWeights), IsFeedbackOnly = f.Random.Bool(.2f),
                Text = AdviceTexts[category], GivenOn = given, RecordedAtUtc = _nowUtc, RecordedByUserId = state.Case.AssignedInterviewerId,
            };
            output.Advice.Add(advice);
            if (!advice.IsFeedbackOnly) state.OpenAdvice.Add(advice);
            Counts.Advice++;
        }
    }

    // At the next wave held: was the advice followed, and did the situation improve?
    private void FollowUpAdvice(CaseState state, Wave wave, DateOnly completedOn)
    {
        var f = _faker;
        foreach (var advice in state.OpenAdvice.Where(a => a.GivenOn <= completedOn))
        {
            advice.FollowUpWaveId = wave.Id;
            advice.Followed = f.Random.WeightedRandom(FollowedValues, FollowedWeights);
            advice.SituationImproved = advice.Followed switch
            {
                AdviceFollowed.Yes => f.Random.WeightedRandom([Improvement.Yes, Improvement.Partly, Improvement.No], [.5f, .35f, .15f]),
                AdviceFollowed.Partly => f.Random.WeightedRandom([Improvement.Yes, Improvement.Partly, Improvement.No], [.2f, .5f, .3f]),
                AdviceFollowed.No => f.Random.WeightedRandom([Improvement.Partly, Improvement.No, Improvement.NotKnown], [.15f, .7f, .15f]),
                _ => Improvement.NotKnown,
            };
            Counts.AdviceFollowedUp++;
        }
        state.OpenAdvice.RemoveAll(a => a.FollowUpWaveId is not null);
    }

    // Codes on passages of the wave's notes, as the coding page stores them.
    private void Codes(Case c, Wave wave, IEnumerable<Interview> interviews, Output output)
    {
        var f = _faker;
        var codes = _protocols.Codebook.Codes.ToList();
        foreach (var interview in interviews.Where(i => i.Status == InterviewStatus.Done))
        {
            foreach (var answer in interview.Answers.Where(a => a.Text is not null))
            {
                if (!f.Random.Bool(.15f)) continue;
                foreach (var code in f.PickRandom(codes, f.Random.Number(1, 2)))
                {
                    output.CodedSegments.Add(new CodedSegment
                    {
                        Id = Guid.NewGuid(), CaseId = c.Id, WaveId = wave.Id, InterviewId = interview.Id, ItemId = answer.ItemId, CodeId = code.Id,
                        Memo = f.Random.Bool(.3f) ? f.PickRandom(Memos) : null, RecordedAtUtc = _nowUtc, RecordedByUserId = c.AssignedInterviewerId,
                    });
                    Counts.CodedSegments++;
                }
            }
        }
    }

    // T0 was held: the follow-ups count from that day (as the interview page does on completion).
    private void Replan(Case c, DateOnly baselineOn, Output output)
    {
        var plan = WaveCompletion.ReplanFollowUps(_schedule, c.InclusionDate, baselineOn, [.. c.Waves]);
        foreach (var (wave, planned) in plan.Moved)
        {
            wave.DueOn = planned.DueOn;
            wave.WindowOpensOn = planned.WindowOpensOn;
            wave.WindowClosesOn = planned.WindowClosesOn;
        }
        foreach (var planned in plan.Added)
        {
            var wave = new Wave
            {
                Id = Guid.NewGuid(), CaseId = c.Id, Label = planned.Label, Kind = planned.Kind, MonthsAfterBaseline = planned.MonthsAfterBaseline,
                DueOn = planned.DueOn, WindowOpensOn = planned.WindowOpensOn, WindowClosesOn = planned.WindowClosesOn, Status = WaveStatus.Planned,
            };
            c.Waves.Add(wave);
            output.AddedWaves.Add(wave);
        }
        foreach (var wave in plan.Dropped)
        {
            c.Waves.Remove(wave);
            output.DroppedWaves.Add(wave);
        }
    }

    private static PlannedWave Planned(Wave w) => new(w.Label, w.Kind, w.MonthsAfterBaseline, w.DueOn, w.WindowOpensOn, w.WindowClosesOn);

    // Other informants are seen on the same day or within two weeks, never after today, and not
    // on a day the consent would not allow it.
    private DateOnly LaterOn(CaseState state, DateOnly held, DateOnly lastDay)
    {
        var day = Between(held, Max(held, Min(held.AddDays(14), lastDay)));
        return ConsentAllows(state, day) ? day : held;
    }

    private DateOnly Between(DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(_faker.Random.Number(0, last.DayNumber - first.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
