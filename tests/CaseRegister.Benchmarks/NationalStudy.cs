using System.Diagnostics;
using System.Globalization;
using CaseRegister.Web;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Security;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Benchmarks;

public sealed record BenchUser(Guid Id, string Email, string Role, string AuthenticatorKey);

public sealed record StudyInfo(
    int Cases, int Persons, int Waves, int Interviews, int Answers, int ContactAttempts, int Advice, int Codes,
    DateOnly Today, IReadOnlyList<int> CohortYears, IReadOnlyList<BenchUser> Interviewers, IReadOnlyList<BenchUser> Coordinators,
    TimeSpan Took, long Bytes)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Cases:N0} cases, {Persons:N0} persons (encrypted), {Waves:N0} waves, {Interviews:N0} interviews, {Answers:N0} answers, {ContactAttempts:N0} contact attempts, {Advice:N0} advice, {Codes:N0} codes; {Bytes / 1048576.0:N0} MB; generated in {Took.TotalSeconds:F0} s");
}

// The one synthetic study for every scenario (SPEC §5: national scale is 20,000 cases, 8 waves,
// 3 informants). A study of five years that started 57 months before today (most waves held,
// the last ones due now), two yearly cohorts, the seeded study regions, 40 interviewers with
// about 500 cases each and 10 coordinators, all with real accounts (password + authenticator). Per case: the youth, parents and a professional
// with identity and contact fields ENCRYPTED through the app's FieldProtector (the converters'
// own code path) and the blind index; placements; an assignment; the waves from the real
// WaveSchedule (about 8 per case); for each wave held three interviews with answers to the
// shipped protocols' items; contact attempts, advice and codes; withdrawals for a few.
//
// Rows go in through BulkWriter (prepared inserts / binary COPY): millions of rows through change
// tracking would take longer than everything measured. The waves are written "planned" with
// the dates they were held, as after a long stop of the planner; the first planner run (the
// planner scenario's catch-up) settles them and creates the contact tasks. Seeded: the same
// --cases gives the same study.
public static class NationalStudy
{
    public const string Password = "de kat zit op de mat in Zeeland";
    private const int InterviewerCount = 40;
    private const int CoordinatorCount = 10;
    private const int Batch = 1000;

    private static readonly string[] GivenNames = ["Sanne", "Daan", "Noah", "Emma", "Liam", "Julia", "Sem", "Mila", "Lucas", "Tess", "Finn", "Zoë", "Levi", "Nora", "Milan", "Saar", "Mohammed", "Yara", "Jesse", "Fenna"];
    private static readonly string[] Surnames = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "el Amrani", "Yılmaz", "Öztürk", "Mahabier"];
    private static readonly string[] Streets = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Schoolstraat", "Julianalaan", "Beatrixstraat", "Parkweg"];
    private static readonly string[] Places = ["Delft", "Rotterdam", "Zoetermeer", "Haarlem", "Alkmaar", "Hoorn", "Den Helder", "Dordrecht", "Gouda", "Schiedam"];
    private static readonly string[] Organisations = ["Jeugdbescherming West", "William Schrikker Stichting", "Jeugdbescherming Noord-Holland", "Wijkteam", "Raad voor de Kinderbescherming"];
    private static readonly CareSetting[] IntensiveSettings = [CareSetting.JeugdzorgPlus, CareSetting.Jji, CareSetting.JGgz, CareSetting.Obc];

    internal static readonly Table Cases = new("Cases", "Id", "ResearchCode", "CohortId", "Status", "RegionId", "ExpertTeamId", "ExpertTeamDiscussedOn", "InclusionDate",
        "AgeAtInclusion", "Sex", "AssignedInterviewerId", "EndedOn", "IsDemo", "ConsentState", "BlindIndex", "DateOfBirth", "IdentityErasedAtUtc", "CreatedAtUtc", "UpdatedAtUtc", "Version");
    internal static readonly Table Persons = new("CasePersons", "Id", "CaseId", "Role", "SortOrder", "IsActive", "Name", "Relation", "Address", "Phone", "Email");
    internal static readonly Table Placements = new("Placements", "Id", "CaseId", "Setting", "StartedOn", "AgeAtStart", "RecordedAtUtc");
    internal static readonly Table Assignments = new("Assignments", "Id", "CaseId", "InterviewerId", "AssignedAtUtc");
    internal static readonly Table Withdrawals = new("Withdrawals", "Id", "CaseId", "WithdrawnOn", "WithdrawnBy", "Scope", "IsObjection", "AgeAtWithdrawal", "Reason", "RecordedAtUtc");
    internal static readonly Table Waves = new("Waves", "Id", "CaseId", "Label", "Kind", "MonthsAfterBaseline", "DueOn", "WindowOpensOn", "WindowClosesOn", "Status", "CompletedOn", "ConsentBlocked");
    internal static readonly Table Tasks = new("CaseTasks", "Id", "CaseId", "Kind", "WaveId", "MilestoneAge", "DueOn", "State", "ConsentBlocked", "CreatedAtUtc");
    internal static readonly Table Contacts = new("ContactAttempts", "Id", "CaseId", "WaveId", "OccurredOn", "Channel", "Outcome", "NextAttemptOn", "Note", "RecordedAtUtc", "RecordedByUserId");
    internal static readonly Table Interviews = new("Interviews", "Id", "CaseId", "WaveId", "Informant", "PersonId", "Status", "ProtocolId", "ProtocolVersion", "InterviewedOn",
        "AgeOfYouth", "CompletedAtUtc", "CreatedAtUtc", "CreatedByUserId", "UpdatedAtUtc", "Version");
    internal static readonly Table Answers = new("Answers", "Id", "InterviewId", "ItemId", "Value", "Text");
    internal static readonly Table AdviceTable = new("Advice", "Id", "CaseId", "WaveId", "Category", "Addressee", "IsFeedbackOnly", "Text", "GivenOn", "Followed", "SituationImproved", "RecordedAtUtc");
    internal static readonly Table Codes = new("CodedSegments", "Id", "CaseId", "WaveId", "InterviewId", "ItemId", "CodeId", "RecordedAtUtc");
    private static readonly Table[] Order = [Cases, Persons, Placements, Assignments, Withdrawals, Waves, Tasks, Contacts, Interviews, Answers, AdviceTable, Codes];

    public static DateOnly StudyStartFor(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-57);

    public static async Task<StudyInfo> GenerateAsync(BenchDatabase database, int caseCount)
    {
        var watch = Stopwatch.StartNew();
        await using var app = AppHost.Build(database.AppArgs());
        await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: true);
        var services = app.Services;
        var today = StudyCalendar.Today(TimeProvider.System);
        var studyStart = StudyStartFor(today);
        var protector = services.GetRequiredService<FieldProtector>();
        var blindIndex = services.GetRequiredService<StudySecrets>().BlindIndex;
        var protocols = services.GetRequiredService<StudyFiles>().Protocols;

        var cohorts = new List<Cohort>();
        List<Region> regions;
        WaveSchedule schedule;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            var settings = await db.StudySettings.SingleAsync();
            settings.StudyStart = studyStart;
            settings.DurationYears = 5;
            settings.ResearchCodePrefix = "CR";
            settings.CoordinatorName = "Benchmark coördinator";
            settings.CoordinatorContact = "onderzoek@example.org";
            for (var k = 0; k < 2; k++)
            {
                var start = studyStart.AddYears(k);
                cohorts.Add(new Cohort
                {
                    Id = Guid.NewGuid(), Label = $"Cohort {start.Year}", Year = start.Year, InclusionStart = start, InclusionEnd = start.AddYears(1).AddDays(-1),
                    TargetSize = caseCount / 2, IsOpen = false, LastSequence = (caseCount + 1 - k) / 2,
                });
            }
            db.Cohorts.AddRange(cohorts);
            await db.SaveChangesAsync();
            regions = await db.Regions.AsNoTracking().Include(r => r.ExpertTeams).Where(r => r.InStudy).OrderBy(r => r.Name).ToListAsync();
            schedule = Web.Cases.Enrolment.Schedule(settings);
        }
        var interviewers = await CreateUsersAsync(services, Roles.Interviewer, InterviewerCount);
        var coordinators = await CreateUsersAsync(services, Roles.Coordinator, CoordinatorCount);
        Console.WriteLine($"  app, migrations, study settings and {InterviewerCount + CoordinatorCount} accounts ready after {watch.Elapsed.TotalSeconds:F1} s");

        var itemPlans = new Dictionary<(WaveKind, Informant), (Protocol Protocol, List<ProtocolItem> Items, ProtocolItem? FreeText)>();
        foreach (var kind in new[] { WaveKind.Baseline, WaveKind.FollowUp })
            foreach (var informant in Enum.GetValues<Informant>())
            {
                var protocol = protocols.Current(kind, informant);
                itemPlans[(kind, informant)] = (protocol, AnsweredItems(protocol), protocol.Items.FirstOrDefault(i => i.IsFreeText));
            }
        var codebook = protocols.Codebook.Groups.SelectMany(g => g.Codes).Select(c => c.Id).ToArray();

        var random = new Random(20261122 + caseCount);
        var rows = Order.ToDictionary(t => t, _ => new List<object?[]>());
        int persons = 0, waves = 0, interviews = 0, answers = 0, contacts = 0, advice = 0, codes = 0;
        var sequence = new int[cohorts.Count];

        await using var writer = await BulkWriter.OpenAsync(database);
        for (var i = 0; i < caseCount; i++)
        {
            var k = i % cohorts.Count;
            var cohort = cohorts[k];
            var caseId = Guid.NewGuid();
            var inclusion = cohort.InclusionStart.AddDays(random.Next(365));
            var age = 8 + random.Next(11);
            var dob = inclusion.AddYears(-age).AddDays(-random.Next(365));
            var created = At(inclusion, 10);
            var region = regions[random.Next(regions.Count)];
            var interviewer = interviewers[random.Next(interviewers.Count)];
            var roll = random.NextDouble();
            var status = roll < 0.04 ? CaseStatus.Withdrawn : roll < 0.07 ? CaseStatus.LostToFollowUp : CaseStatus.Active;
            DateOnly? ended = status == CaseStatus.Active ? null : inclusion.AddDays(60 + random.Next(Math.Max(1, today.DayNumber - inclusion.DayNumber - 60)));
            var erased = status == CaseStatus.Withdrawn && random.Next(5) == 0;
            roll = random.NextDouble();
            var consent = roll < 0.01 ? ConsentStatusKind.Blocked : roll < 0.04 ? ConsentStatusKind.MilestoneDue : ConsentStatusKind.Complete;
            var given = GivenNames[random.Next(GivenNames.Length)];
            var surname = Surnames[random.Next(Surnames.Length)];
            var place = Places[random.Next(Places.Length)];
            var address = $"{Streets[random.Next(Streets.Length)]} {1 + random.Next(200)}, {place}";

            rows[Cases].Add([caseId, $"CR-{cohort.Year}-{++sequence[k]:00000}", cohort.Id, status.ToString(), region.Id, region.ExpertTeams[0].Id,
                inclusion.AddDays(-14 - random.Next(60)), inclusion, age, (random.Next(50) switch { 0 => Sex.Other, 1 => Sex.NotReported, < 26 => Sex.Female, _ => Sex.Male }).ToString(),
                interviewer.Id, ended, false, consent.ToString(),
                erased ? null : blindIndex.Compute(surname, dob),
                erased ? null : protector.Protect(FieldFamily.Identity, dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                erased ? At(ended!.Value, 12) : null, created, created, Guid.NewGuid()]);

            // The youth, one or two parents (under 18) and a professional; index = informant.
            var personIds = new Guid?[3];
            void Person(PersonRole role, int order, string name, string? relation, string? personAddress, string? phone, string? email)
            {
                var id = Guid.NewGuid();
                if (order <= 1 || role == PersonRole.Professional) personIds[role switch { PersonRole.Youth => 0, PersonRole.Professional => 2, _ => 1 }] ??= id;
                rows[Persons].Add([id, caseId, role.ToString(), order, true,
                    Protect(FieldFamily.Identity, name), Protect(FieldFamily.Identity, relation), Protect(FieldFamily.Contact, personAddress), Protect(FieldFamily.Contact, phone), Protect(FieldFamily.Contact, email)]);
                persons++;
            }
            string? Protect(FieldFamily family, string? value) => erased || value is null ? null : protector.Protect(family, value);
            Person(PersonRole.Youth, 0, $"{given} {surname}", null, address, $"06-{random.Next(10_000_000, 99_999_999)}", random.Next(3) == 0 ? $"{given.ToLowerInvariant()}{i}@example.org" : null);
            var order = 1;
            if (age < 18)
            {
                Person(PersonRole.ParentalAuthority, order++, $"{GivenNames[random.Next(GivenNames.Length)]} {surname}", "moeder", address, $"06-{random.Next(10_000_000, 99_999_999)}", $"ouder{i}@example.org");
                if (random.Next(2) == 0) Person(PersonRole.ParentalAuthority, order++, $"{GivenNames[random.Next(GivenNames.Length)]} {surname}", "vader", null, $"06-{random.Next(10_000_000, 99_999_999)}", null);
            }
            Person(PersonRole.Professional, order, $"{GivenNames[random.Next(GivenNames.Length)]} {Surnames[random.Next(Surnames.Length)]}", Organisations[random.Next(Organisations.Length)], null, $"088-{random.Next(1_000_000, 9_999_999)}", $"professional{i}@example.org");

            var setting = IntensiveSettings[random.Next(IntensiveSettings.Length)];
            var placedOn = inclusion.AddDays(-10 - random.Next(110));
            rows[Placements].Add([Guid.NewGuid(), caseId, setting.ToString(), placedOn, Age.InYears(dob, placedOn), created]);
            rows[Assignments].Add([Guid.NewGuid(), caseId, interviewer.Id, created]);
            if (status == CaseStatus.Withdrawn)
            {
                rows[Withdrawals].Add([Guid.NewGuid(), caseId, ended!.Value, (random.Next(2) == 0 ? WithdrawnBy.Youth : WithdrawnBy.Parent).ToString(),
                    (erased ? WithdrawalScope.EraseIdentity : WithdrawalScope.NoFurtherContact).ToString(), false, Age.InYears(dob, ended.Value),
                    protector.Protect(FieldFamily.FreeText, "Wil niet meer meedoen."), At(ended.Value, 11)]);
            }
            if (consent == ConsentStatusKind.MilestoneDue)
            {
                var milestone = age < 12 ? 12 : age < 16 ? 16 : 18;
                rows[Tasks].Add([Guid.NewGuid(), caseId, CaseTaskKind.Reconsent.ToString(), null, milestone, Age.Birthday(dob, milestone), ContactTaskState.Open.ToString(), false, created]);
            }

            // T0 held in its window for most cases; then the follow-ups counted from it.
            var baseline = schedule.Baseline(inclusion);
            DateOnly? Held(PlannedWave wave, double chance)
            {
                var last = ended is { } e && e < today ? e : today.AddDays(-1);
                if (wave.WindowOpensOn > last) return null;
                var closes = wave.WindowClosesOn < last ? wave.WindowClosesOn : last;
                var inWindow = wave.WindowClosesOn >= today;
                if (random.NextDouble() >= (inWindow ? chance / 2.5 : chance)) return null;
                return wave.WindowOpensOn.AddDays(random.Next(closes.DayNumber - wave.WindowOpensOn.DayNumber + 1));
            }
            var t0 = Held(baseline, 0.95);
            foreach (var wave in schedule.For(inclusion, t0))
            {
                var waveId = Guid.NewGuid();
                var held = wave.Kind == WaveKind.Baseline ? t0 : t0 is null ? null : Held(wave, 0.92);
                rows[Waves].Add([waveId, caseId, wave.Label, wave.Kind.ToString(), wave.MonthsAfterBaseline, wave.DueOn, wave.WindowOpensOn, wave.WindowClosesOn,
                    WaveStatus.Planned.ToString(), held, false]);
                waves++;

                // Contact attempts: a few before the interview, or unanswered ones in an open window.
                var attempts = held is not null ? 1 + random.Next(3) : wave.WindowOpensOn <= today && wave.WindowClosesOn >= today ? random.Next(3) : 0;
                for (var a = 0; a < attempts; a++)
                {
                    var last = held is not null && a == attempts - 1;
                    var on = held is { } h ? h.AddDays(-7 * (attempts - 1 - a)) : today.AddDays(-3 * (a + 1));
                    rows[Contacts].Add([Guid.NewGuid(), caseId, waveId, on, ((ContactChannel)random.Next(4)).ToString(),
                        (last ? ContactOutcome.AppointmentMade : ContactOutcome.NoAnswer).ToString(), last ? null : on.AddDays(7),
                        random.Next(5) == 0 ? protector.Protect(FieldFamily.FreeText, "Moeder belt terug na het weekend.") : null, At(on, 14), interviewer.Id]);
                    contacts++;
                }
                if (held is not { } date) continue;

                var ageThen = Age.InYears(dob, date);
                var done = At(date, 16);
                Guid? youthInterview = null;
                foreach (var informant in Enum.GetValues<Informant>())
                {
                    var (protocol, items, freeText) = itemPlans[(wave.Kind, informant)];
                    var interviewId = Guid.NewGuid();
                    var state = random.NextDouble() < (informant == Informant.Parent ? 0.85 : 0.92) ? InterviewStatus.Done : informant == Informant.Parent ? InterviewStatus.NotReachable : InterviewStatus.Refused;
                    rows[Interviews].Add([interviewId, caseId, waveId, informant.ToString(), personIds[(int)informant], state.ToString(), protocol.Id, protocol.Version,
                        date, ageThen, state == InterviewStatus.Done ? done : null, done, interviewer.Id, done, Guid.NewGuid()]);
                    interviews++;
                    if (state != InterviewStatus.Done) continue;
                    if (informant == Informant.Youth) youthInterview = interviewId;
                    foreach (var item in items)
                    {
                        rows[Answers].Add([Guid.NewGuid(), interviewId, item.Id, Value(item, random, setting), null]);
                        answers++;
                    }
                    if (freeText is not null && informant == Informant.Youth && random.Next(3) == 0)
                    {
                        rows[Answers].Add([Guid.NewGuid(), interviewId, freeText.Id, null, protector.Protect(FieldFamily.FreeText, "Het gaat beter sinds ik op de nieuwe groep woon.")]);
                        answers++;
                    }
                }
                if (random.Next(2) == 0)
                {
                    var old = date.AddMonths(6) < today;
                    rows[AdviceTable].Add([Guid.NewGuid(), caseId, waveId, ((AdviceCategory)random.Next(9)).ToString(), ((AdviceAddressee)random.Next(4)).ToString(), random.Next(10) == 0,
                        protector.Protect(FieldFamily.FreeText, "Advies aan de zorgaanbieder over de overgang naar 18+."), date,
                        old && random.Next(10) < 7 ? ((AdviceFollowed)random.Next(4)).ToString() : null,
                        old && random.Next(10) < 7 ? ((Improvement)random.Next(4)).ToString() : null, done]);
                    advice++;
                }
                if (random.Next(5) < 2)
                {
                    var first = random.Next(codebook.Length);
                    foreach (var code in random.Next(2) == 0 ? new[] { codebook[first] } : new[] { codebook[first], codebook[(first + 1 + random.Next(codebook.Length - 1)) % codebook.Length] })
                    {
                        rows[Codes].Add([Guid.NewGuid(), caseId, waveId, youthInterview, null, code, done]);
                        codes++;
                    }
                }
            }

            if ((i + 1) % Batch == 0 || i == caseCount - 1)
            {
                foreach (var table in Order)
                {
                    if (rows[table].Count == 0) continue;
                    await writer.WriteAsync(table, rows[table]);
                    rows[table].Clear();
                }
                await writer.CommitAsync();
                if ((i + 1) % 5000 == 0) Console.WriteLine($"  {i + 1:N0} cases written ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }
        await writer.DisposeAsync();
        Console.WriteLine($"  rows written after {watch.Elapsed.TotalSeconds:F1} s");
        await database.AnalyzeAsync();
        return new StudyInfo(caseCount, persons, waves, interviews, answers, contacts, advice, codes, today, [.. cohorts.Select(c => c.Year)],
            interviewers, coordinators, watch.Elapsed, database.SizeBytes());
    }

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    // Every item the analyses read, then other structured items of the protocol up to ten per
    // interview: what a typical interview stores.
    private static List<ProtocolItem> AnsweredItems(Protocol protocol)
    {
        var analysed = CatalogueBuilder.AnalysedItems.Select(protocol.FindItem).OfType<ProtocolItem>().ToList();
        var others = protocol.Items.Where(i => !analysed.Contains(i) && i.Type is ItemType.Scale or ItemType.SingleChoice or ItemType.Number or ItemType.YesNo);
        return [.. analysed, .. others.Take(Math.Max(0, 10 - analysed.Count))];
    }

    // A valid value for the item, as the interview form stores it (AnswerValidator).
    private static string Value(ProtocolItem item, Random random, CareSetting setting) => item.Type switch
    {
        ItemType.Scale => ((int)item.Min!.Value + random.Next((int)(item.Max!.Value - item.Min.Value) + 1)).ToString(CultureInfo.InvariantCulture),
        ItemType.Number => ((int)(item.Min ?? 0) + random.Next((int)Math.Min(item.Max ?? 10, item.Id == StableItems.DaysInCareSinceLast ? 183 : 10) + 1)).ToString(CultureInfo.InvariantCulture),
        ItemType.SingleChoice when item.Id == StableItems.CurrentSetting => random.Next(3) == 0 ? item.Options[random.Next(item.Options.Count)].Code : setting.ToString(),
        ItemType.SingleChoice => item.Options[random.Next(item.Options.Count)].Code,
        ItemType.YesNo => random.Next(2) == 0 ? AnswerValidator.Yes : AnswerValidator.No,
        _ => throw new InvalidOperationException($"No generator for {item.Type}."),
    };

    private static async Task<List<BenchUser>> CreateUsersAsync(IServiceProvider services, string role, int count)
    {
        var result = new List<BenchUser>();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        for (var n = 1; n <= count; n++)
        {
            var email = $"{role.ToLowerInvariant()}{n:00}@bench.example.org";
            var user = new AppUser
            {
                Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} {n:00}",
                CreatedAtUtc = DateTime.UtcNow, LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            result.Add(new BenchUser(user.Id, email, role, (await users.GetAuthenticatorKeyAsync(user))!));
        }
        return result;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
