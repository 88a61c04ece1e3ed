using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Security;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseRegister.Web.Cli;

public sealed record DemoDataOptions(int Cases, int Seed);

public sealed record DemoCohortCount(string Label, int Year, int Cases);

// What a run made.
public sealed record DemoDataResult(
    DemoStudy Study, IReadOnlyList<DemoCohortCount> PerCohort, IReadOnlyList<Guid> CaseIds, TimeSpan EnrolmentTime, DemoFieldworkCounts Fieldwork, TimeSpan FieldworkTime)
{
    public double CasesPerSecond => EnrolmentTime.TotalSeconds > 0 ? CaseIds.Count / EnrolmentTime.TotalSeconds : 0;
}

// The study structure the demo cases go into.
public sealed record DemoStudy(DateOnly Today, IReadOnlyList<DemoCohort> Cohorts, IReadOnlyList<DemoRegion> Regions, IReadOnlyList<Guid> Interviewers);

public sealed class DemoDataRefusedException(string message) : Exception(message);

// `demo-data --cases N [--seed S]`: fills a demo or benchmark database with clearly fake cases,
// each enrolled through the real Enrolment service (all inclusion rules, consents, waves, audit),
// marked IsDemo. It refuses a database that holds any real case: demo data must never mix with
// research data.
//
// Stages, in order: (1) guard and study structure — cohorts for the last few years, study regions
// with their expert teams, interviewers; (2) enrolment; (3) fieldwork up to today (DemoFieldwork:
// waves held or missed, contact attempts, interviews, placements, advice, codes).
public static class DemoData
{
    public const int MaxCases = 100_000;

    // One DbContext per batch of cases, so that context set-up is not paid for every case.
    public const int BatchSize = 200;

    // Cohorts for this many inclusion years, ending with the current one.
    public const int CohortYears = 4;

    public static DemoDataOptions Parse(string[] options)
    {
        int? cases = null;
        int? seed = null;
        for (var i = 0; i < options.Length; i++)
        {
            var (name, inlineValue) = options[i].Split('=', 2) is [var key, var given] ? (key, given) : (options[i], null);
            string Value() => inlineValue ?? (i + 1 < options.Length && !options[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? options[++i]
                : throw new UsageException($"demo-data: {name} needs a value."));
            switch (name)
            {
                case "--cases":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > MaxCases)
                        throw new UsageException($"demo-data: --cases must be a whole number from 1 to {MaxCases}, not '{text}'.");
                    cases = count;
                    break;
                case "--seed":
                    var seedText = Value();
                    if (!int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s))
                        throw new UsageException($"demo-data: --seed must be a whole number, not '{seedText}'.");
                    seed = s;
                    break;
                default:
                    // Configuration settings (--Section:Key value) go to the app host.
                    if (!name.StartsWith("--", StringComparison.Ordinal) || !name.Contains(':', StringComparison.Ordinal))
                        throw new UsageException($"demo-data: unknown option '{name}'.");
                    if (inlineValue is null) i++;
                    break;
            }
        }
        if (cases is null) throw new UsageException("demo-data: --cases is required.");
        return new DemoDataOptions(cases.Value, seed ?? Random.Shared.Next());
    }

    public static async Task<int> CommandAsync(IServiceProvider services, string[] options, TextWriter stdout)
    {
        var parsed = Parse(options);
        await AppHost.PrepareAsync(services, initialiseKeysOnFirstRun: true);
        DemoDataResult result;
        try
        {
            result = await RunAsync(services, parsed, stdout);
        }
        catch (DemoDataRefusedException ex)
        {
            throw new StartupException(ex.Message);
        }
        await stdout.WriteLineAsync($"Enrolled {result.CaseIds.Count} demo cases in {result.EnrolmentTime.TotalSeconds:0.0} s ({result.CasesPerSecond:0} cases/s), seed {parsed.Seed}:");
        foreach (var cohort in result.PerCohort)
            await stdout.WriteLineAsync($"  {cohort.Label,-24} {cohort.Cases,7}");
        await stdout.WriteLineAsync($"Fieldwork up to today in {result.FieldworkTime.TotalSeconds:0.0} s: {result.Fieldwork}.");
        if (result.Study.Interviewers.Count == 0)
            await stdout.WriteLineAsync("No interviewer accounts exist, so the cases are unassigned. Invite interviewers (users invite --role Interviewer --email ...) and run demo-data again, or assign cases in the app.");
        else
            await stdout.WriteLineAsync($"Assigned to {result.Study.Interviewers.Count} existing interviewer(s).");
        return CommandLine.Ok;
    }

    public static async Task<DemoDataResult> RunAsync(IServiceProvider services, DemoDataOptions options, TextWriter log, CancellationToken ct = default)
    {
        var study = await PrepareStudyAsync(services, log, ct);
        var (perCohort, caseIds, elapsed) = await EnrolAsync(services, study, options, log, ct);
        var clock = Stopwatch.StartNew();
        var fieldwork = await FieldworkAsync(services, study, caseIds, options.Seed, ct);
        clock.Stop();
        await services.GetRequiredService<AuditLog>().WriteAsync(new AuditEvent("demo-data") { ActorName = "cli", Details = $"cases={caseIds.Count} seed={options.Seed}; {fieldwork}" }, ct);
        return new DemoDataResult(study, perCohort, caseIds, elapsed, fieldwork, clock.Elapsed);
    }

    // Stage 1: refuse real data, then make sure there is somewhere to put demo cases.
    private static async Task<DemoStudy> PrepareStudyAsync(IServiceProvider services, TextWriter log, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CaseRegisterDbContext>();
        var audit = sp.GetRequiredService<AuditLog>();
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

        var realCases = await db.Cases.CountAsync(c => !c.IsDemo, ct);
        if (realCases > 0)
        {
            throw new DemoDataRefusedException(
                $"this database holds {realCases} real (non-demo) case(s). Demo data may only go into an empty or demo database; nothing was changed.");
        }

        var settings = await db.StudySettings.AsNoTracking().SingleAsync(ct);
        var formsFrom = DemoCases.FormsAvailableFrom(sp.GetRequiredService<StudyFiles>().ConsentTemplates);
        var firstYear = Math.Max(settings.StudyStart.Year, today.Year - CohortYears + 1);
        var cohorts = new List<DemoCohort>();
        for (var year = firstYear; year <= today.Year; year++)
        {
            var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Year == year, ct);
            // Inclusion dates: inside the period, not in the future, and a month after the consent
            // forms were released so that consent can precede inclusion. A year without such
            // dates gets no cohort.
            var first = Max(cohort?.InclusionStart ?? new DateOnly(year, 1, 1), formsFrom.AddDays(30));
            var last = Min(cohort?.InclusionEnd ?? new DateOnly(year, 12, 31), today);
            if (first > last) continue;
            if (cohort is null)
            {
                var label = await db.Cohorts.AnyAsync(c => c.Label == $"Cohort {year}", ct) ? $"Cohort {year} (demo)" : $"Cohort {year}";
                cohort = new Cohort { Id = Guid.NewGuid(), Label = label, Year = year, InclusionStart = new DateOnly(year, 1, 1), InclusionEnd = new DateOnly(year, 12, 31), TargetSize = 50, IsOpen = true };
                db.Cohorts.Add(cohort);
                await db.SaveChangesAsync(ct);
                await audit.WriteAsync(new AuditEvent("study.cohort.create") { ActorName = "cli", Target = $"cohort:{cohort.Id}", Details = $"{cohort.Label} (demo-data)" }, ct);
                await log.WriteLineAsync($"Created cohort '{cohort.Label}' (open).");
            }
            if (!cohort.IsOpen)
            {
                await log.WriteLineAsync($"Cohort '{cohort.Label}' is closed; no demo cases go into it.");
                continue;
            }
            cohorts.Add(new DemoCohort(cohort.Id, cohort.Label, cohort.Year, first, last));
        }
        if (cohorts.Count == 0)
        {
            throw new DemoDataRefusedException(
                $"no open cohort of {firstYear}–{today.Year} has an inclusion period after the consent forms were released ({formsFrom:yyyy-MM-dd}) and up to today. Open a cohort (Studie > Cohorten) and run demo-data again.");
        }

        var regions = await db.Regions.AsNoTracking().Where(r => r.InStudy)
            .Select(r => new { r.Id, r.Name, Teams = r.ExpertTeams.Where(t => t.IsActive).Select(t => t.Id).ToList() })
            .ToListAsync(ct);
        var usable = regions.Where(r => r.Teams.Count > 0).OrderBy(r => r.Name).Select(r => new DemoRegion(r.Id, r.Teams)).ToList();
        if (usable.Count == 0)
            throw new DemoDataRefusedException("no region belongs to the study with an active expert team. Set this up under Studie > Regio's first.");

        var interviewers = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Interviewer && !user.IsDisabled
            orderby user.Email
            select user.Id).ToListAsync(ct);

        return new DemoStudy(today, cohorts, usable, interviewers);
    }

    // Stage 2: every case through the enrolment service, spread evenly over the cohorts.
    private static async Task<(IReadOnlyList<DemoCohortCount>, IReadOnlyList<Guid>, TimeSpan)> EnrolAsync(
        IServiceProvider services, DemoStudy study, DemoDataOptions options, TextWriter log, CancellationToken ct)
    {
        var files = services.GetRequiredService<StudyFiles>();
        var contexts = new DemoContexts(services);
        var audit = new AuditLog(contexts, services.GetRequiredService<StudySecrets>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IHttpContextAccessor>());
        var generator = new DemoCases(options.Seed, study.Today, study.Regions, study.Interviewers, files.ConsentPolicy);
        var counts = new int[study.Cohorts.Count];
        var caseIds = new List<Guid>(options.Cases);
        var clock = Stopwatch.StartNew();
        var nextReport = 1000;
        while (caseIds.Count < options.Cases)
        {
            await using var db = contexts.CreateDbContext();
            var enrolment = new Enrolment(db, files, services.GetRequiredService<StudySecrets>(), audit, services.GetRequiredService<TimeProvider>());
            var end = Math.Min(options.Cases, caseIds.Count + BatchSize);
            while (caseIds.Count < end)
            {
                var index = caseIds.Count % study.Cohorts.Count;
                var request = generator.Next(study.Cohorts[index]);
                var result = await enrolment.EnrolAsync(request, ct);
                for (var attempt = 0; !result.Succeeded && result.PossibleDuplicates.Count > 0 && attempt < 5; attempt++)
                    result = await enrolment.EnrolAsync(request = generator.Rename(request), ct);
                if (!result.Succeeded)
                {
                    var problems = result.Failures.Select(f => f.ToString()).Concat(result.Warnings.Select(w => w.Message.ToString()));
                    throw new InvalidOperationException($"Enrolment refused a generated demo case (a bug in the generator): {string.Join("; ", problems)}");
                }
                caseIds.Add(result.CaseId!.Value);
                counts[index]++;
                // Enrolment reads what it needs afresh for each case; a change tracker that keeps
                // every earlier case would make each save slower than the one before.
                db.ChangeTracker.Clear();
            }
            if (caseIds.Count >= nextReport && caseIds.Count < options.Cases)
            {
                await log.WriteLineAsync($"  {caseIds.Count} of {options.Cases} cases ({caseIds.Count / clock.Elapsed.TotalSeconds:0}/s)");
                nextReport += 1000;
            }
        }
        clock.Stop();
        var perCohort = study.Cohorts.Select((c, i) => new DemoCohortCount(c.Label, c.Year, counts[i])).ToList();
        return (perCohort, caseIds, clock.Elapsed);
    }

    // Stage 3: the fieldwork of the new cases up to today, a batch of cases per DbContext. The
    // generator decides; this saves. The enrolment already audited each case; the fieldwork is
    // summed up in the one demo-data audit entry rather than an entry per generated record.
    private static async Task<DemoFieldworkCounts> FieldworkAsync(IServiceProvider services, DemoStudy study, IReadOnlyList<Guid> caseIds, int seed, CancellationToken ct)
    {
        var files = services.GetRequiredService<StudyFiles>();
        var contexts = new DemoContexts(services);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        WaveSchedule schedule;
        await using (var db = contexts.CreateDbContext())
            schedule = Enrolment.Schedule(await db.StudySettings.AsNoTracking().SingleAsync(ct));
        var generator = new DemoFieldwork(seed, study.Today, now, files.Protocols, files.ConsentEvaluator, schedule);
        foreach (var batch in caseIds.Chunk(BatchSize))
        {
            await using var db = contexts.CreateDbContext();
            var cases = await db.Cases
                .Include(c => c.Persons).Include(c => c.Consents).Include(c => c.Placements).Include(c => c.Waves)
                .AsSplitQuery()
                .Where(c => batch.Contains(c.Id))
                .ToListAsync(ct);
            foreach (var @case in cases.OrderBy(c => c.ResearchCode, StringComparer.Ordinal))
            {
                var output = generator.Generate(@case);
                db.Waves.AddRange(output.AddedWaves);
                db.Waves.RemoveRange(output.DroppedWaves);
                db.Interviews.AddRange(output.Interviews);
                db.ContactAttempts.AddRange(output.ContactAttempts);
                db.Advice.AddRange(output.Advice);
                db.CodedSegments.AddRange(output.CodedSegments);
                db.Placements.AddRange(output.Placements);
                db.CaseTasks.AddRange(output.Tasks);
            }
            await db.SaveChangesAsync(ct);
        }
        return generator.Counts;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    // The app's own database set-up (provider, encryption converters, tracking interceptor) plus
    // relaxed durability: every enrolment commits several times (case, audit entries), and waiting
    // for the disk on each commit made 20,000 cases take the better part of an hour. A generated
    // data set can afford to lose its last commits in a power cut; it is never corrupted (SQLite
    // in WAL mode with synchronous=NORMAL, PostgreSQL with synchronous_commit=off).
    private sealed class DemoContexts(IServiceProvider services) : IDbContextFactory<CaseRegisterDbContext>
    {
        private readonly DbContextOptions<CaseRegisterDbContext> _options =
            new DbContextOptionsBuilder<CaseRegisterDbContext>(services.GetRequiredService<DbContextOptions<CaseRegisterDbContext>>())
                .AddInterceptors(new RelaxedDurability(services.GetRequiredService<DatabaseInfo>().Provider))
                .Options;

        private readonly FieldProtector _protector = services.GetRequiredService<FieldProtector>();

        public CaseRegisterDbContext CreateDbContext() => new(_options, _protector);
    }

    private sealed class RelaxedDurability(DatabaseProvider provider) : DbConnectionInterceptor
    {
        private readonly string _relax = provider == DatabaseProvider.Postgres ? "SET synchronous_commit = off" : "PRAGMA synchronous = NORMAL";
        private readonly string _restore = provider == DatabaseProvider.Postgres ? "RESET synchronous_commit" : "PRAGMA synchronous = FULL";

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
            RunAsync(connection, _relax, cancellationToken);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            Run(connection, _relax);

        // Pooled connections go back to the app afterwards: with full durability again.
        public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            await RunAsync(connection, _restore, CancellationToken.None);
            return result;
        }

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Run(connection, _restore);
            return result;
        }

        private static void Run(DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private static async Task RunAsync(DbConnection connection, string sql, CancellationToken ct)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
