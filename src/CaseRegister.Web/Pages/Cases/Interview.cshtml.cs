using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using T = CaseRegister.Web.Fieldwork.FieldworkTexts;

namespace CaseRegister.Web.Pages.Cases;

// One informant's interview in one wave, recorded against its protocol. A new interview uses the
// protocol version in force; a saved one keeps the version it was recorded with, so it stays
// readable and editable after a new version ships.
//
// Two people may edit the same interview (optimistic concurrency): the form carries the version it
// was read at, and a save against a newer stored version is refused with both versions side by
// side. Nothing is lost: the stored version is untouched and the refused answers stay in the form.
public class InterviewModel(
    CaseRegisterDbContext db, CaseAccess access, StudyFiles files, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> l)
    : CasePageModel(access, l)
{
    private static readonly AnswerValidator Validator = new();

    [FromQuery(Name = "wave")]
    public string? WaveLabel { get; set; }

    [FromQuery(Name = "informant")]
    public string? InformantName { get; set; }

    [FromQuery(Name = "person")]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public InterviewInput Input { get; set; } = new();

    public sealed class InterviewInput
    {
        public Guid Version { get; set; }
        public string? InterviewedOn { get; set; }
        public string? Status { get; set; }
        public Dictionary<string, string?[]> Answers { get; set; } = new(StringComparer.Ordinal);
        public Dictionary<string, string?> Missing { get; set; } = new(StringComparer.Ordinal);
    }

    public sealed record ItemState(IReadOnlyList<string> Values, string? Missing, string? Error);

    public sealed record ConflictLine(ProtocolItem Item, string Theirs, string Yours);

    public sealed record ConflictView(
        InterviewStatus TheirStatus, DateOnly? TheirDate, DateTime TheirSavedAtUtc, IReadOnlyList<ConflictLine> Differences, int Unchanged);

    public sealed record InformantLink(string Label, Informant Informant, Guid? PersonId, InterviewStatus Status, bool IsCurrent);

    public Wave Wave { get; private set; } = null!;
    public Informant Informant { get; private set; }
    public string? PersonLabel { get; private set; }
    public Protocol Protocol { get; private set; } = null!;
    public Interview? Existing { get; private set; }
    public InterviewPermission Permission { get; private set; } = InterviewPermission.Allowed;
    public Dictionary<string, ItemState> Items { get; } = new(StringComparer.Ordinal);
    public Guid FormVersion { get; private set; }
    public string? FormDate { get; private set; }
    public ConflictView? Conflict { get; private set; }
    public IReadOnlyList<Wave> AllWaves { get; private set; } = [];
    public IReadOnlyList<InformantLink> Informants { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool ConflictOnComplete { get; private set; }

    public Dictionary<string, string> RouteValues
    {
        get
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["id"] = Case.Id.ToString(),
                ["wave"] = Wave.Label,
                ["informant"] = Informant.ToString(),
            };
            if (PersonId is { } person) values["person"] = person.ToString();
            return values;
        }
    }

    private DateOnly? _dateOfBirth;

    public bool IsDone => Existing?.Status == InterviewStatus.Done;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return Permission.IsAllowed ? ShowStored() : Page();
    }

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => SaveAsync(complete: false, ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => SaveAsync(complete: true, ct);

    // Refused, not reachable, not applicable: the interview did not take place.
    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Permission.IsAllowed) return Page();
        var status = Input.Status switch
        {
            nameof(InterviewStatus.Refused) => InterviewStatus.Refused,
            nameof(InterviewStatus.NotReachable) => InterviewStatus.NotReachable,
            nameof(InterviewStatus.NotApplicable) => InterviewStatus.NotApplicable,
            _ => (InterviewStatus?)null,
        };
        if (status is null) return BadRequest();

        if (IsDone)
        {
            ModelState.AddModelError("", L[T.DoneCannotGoBack]);
            return ShowStored();
        }

        var interview = Existing ?? NewInterview();
        if (Existing is not null)
        {
            db.Entry(interview).Property(i => i.Version).OriginalValue = Input.Version;
            db.Entry(interview).Property(i => i.UpdatedAtUtc).IsModified = true;
        }

        interview.Status = status.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A status button carries no answers, so there is nothing of the user's to keep: show
            // what is stored now and let them decide again.
            db.ChangeTracker.Clear();
            Existing = await db.Interviews.AsNoTracking().Include(i => i.Answers)
                .FirstAsync(i => i.WaveId == Wave.Id && i.Informant == Informant && i.PersonId == PersonId, ct);
            await audit.WriteAsync(new AuditEvent("interview.conflict", AuditOutcome.Failure)
            {
                ResearchCode = Case.ResearchCode,
                Target = $"interview:{Existing.Id}",
                Details = $"wave={Wave.Label} informant={Informant}",
            }, ct);
            ModelState.AddModelError("", L[T.StatusConflict]);
            return ShowStored();
        }

        await AuditAsync("interview.status", interview, ct);
        TempData["Message"] = T.StatusSaved;
        return RedirectToSelf();
    }

    private async Task<IActionResult> SaveAsync(bool complete, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        // The refusal is shown instead of the form; nothing is saved.
        if (!Permission.IsAllowed) return Page();

        FormVersion = Input.Version;
        FormDate = Input.InterviewedOn;

        if (IsDone && !complete)
            ModelState.AddModelError("", L[T.DoneCannotGoBack]);

        // Every item is checked; a blank required item is fine in a draft.
        var results = new Dictionary<string, AnswerResult>(StringComparer.Ordinal);
        foreach (var item in Protocol.Items)
        {
            var values = PostedValues(item.Id);
            var missingText = Input.Missing.GetValueOrDefault(item.Id);
            MissingCode? missing = null;
            string? error = null;
            if (!string.IsNullOrWhiteSpace(missingText))
            {
                if (Enum.GetNames<MissingCode>().Contains(missingText, StringComparer.Ordinal)) missing = Enum.Parse<MissingCode>(missingText);
                else error = L[T.MissingCodeInvalid, item.Label];
            }

            if (error is null)
            {
                var result = !complete && values.Count == 0 && missing is null
                    ? AnswerResult.Empty
                    : Validator.Validate(item, values.Cast<string?>().ToList(), missing, Today);
                if (result.Error is { } message) error = L[message.Format, message.Args];
                else results[item.Id] = result;
            }

            Items[item.Id] = new ItemState(values, missingText, error);
            if (error is not null) ModelState.AddModelError($"item-{item.Id}", error);
        }

        DateOnly? interviewedOn = null;
        if (complete)
            interviewedOn = RequiredDate(Input.InterviewedOn, "Input.InterviewedOn", T.InterviewDate, Today);
        else if (!string.IsNullOrWhiteSpace(Input.InterviewedOn))
            interviewedOn = RequiredDate(Input.InterviewedOn, "Input.InterviewedOn", T.InterviewDate, Today);

        if (!ModelState.IsValid) return Page();

        // A form opened before someone else created this interview posts the empty version, so
        // it conflicts with theirs like any other stale form.
        var interview = Existing ?? NewInterview();
        if (Existing is not null)
        {
            db.Entry(interview).Property(i => i.Version).OriginalValue = Input.Version;
            // Answers live in their own rows; touching the interview row makes every save bump
            // its version, so a concurrent save is detected even if only answers changed.
            db.Entry(interview).Property(i => i.UpdatedAtUtc).IsModified = true;
        }

        foreach (var item in Protocol.Items)
        {
            var result = results[item.Id];
            var answer = interview.Answers.FirstOrDefault(a => a.ItemId == item.Id);
            if (result.IsEmpty)
            {
                if (answer is not null) db.Answers.Remove(answer);
                continue;
            }
            if (answer is null)
            {
                answer = new Answer { Id = Guid.NewGuid(), InterviewId = interview.Id, ItemId = item.Id };
                interview.Answers.Add(answer);
                db.Answers.Add(answer);
            }
            // Free text only in the encrypted column; structured values in clear.
            answer.Value = item.IsFreeText ? null : result.Value;
            answer.Text = item.IsFreeText ? result.Value : null;
            answer.Missing = result.MissingCode;
        }

        interview.InterviewedOn = interviewedOn;
        interview.AgeOfYouth = interviewedOn is { } held && _dateOfBirth is { } born && born <= held ? Age.InYears(born, held) : null;
        if (complete)
        {
            interview.Status = InterviewStatus.Done;
            interview.CompletedAtUtc ??= time.GetUtcNow().UtcDateTime;
            await ApplyCompletionAsync(interview, ct);
        }
        else
        {
            interview.Status = InterviewStatus.Draft;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ConflictOnComplete = complete;
            return await ShowConflictAsync(ct);
        }

        await AuditAsync(complete ? "interview.complete" : "interview.save-draft", interview, ct);
        TempData["Message"] = complete ? T.InterviewCompleted : T.DraftSaved;
        return RedirectToSelf();
    }

    // What a completed interview changes beyond itself (all saved in the same transaction):
    // the wave's completion (see WaveCompletion for the rule), the follow-up dates once T0 is
    // done, the wave's contact task, and a placement when the youth now lives somewhere else.
    private async Task ApplyCompletionAsync(Interview interview, CancellationToken ct)
    {
        var others = await db.Interviews.AsNoTracking()
            .Where(i => i.WaveId == Wave.Id && i.Id != interview.Id)
            .Select(i => new InterviewOutcome(i.Informant, i.Status, i.InterviewedOn))
            .ToListAsync(ct);
        var completedOn = WaveCompletion.CompletedOn([.. others, new InterviewOutcome(interview.Informant, interview.Status, interview.InterviewedOn)]);
        if (completedOn is { } on && (Wave.CompletedOn != on || Wave.Status != WaveStatus.Completed))
        {
            Wave.Status = WaveStatus.Completed;
            Wave.CompletedOn = on;
            var tasks = await db.CaseTasks
                .Where(t => t.CaseId == Case.Id && t.WaveId == Wave.Id && t.Kind == CaseTaskKind.WaveContact
                    && (t.State == ContactTaskState.Open || t.State == ContactTaskState.Missed))
                .ToListAsync(ct);
            foreach (var task in tasks)
            {
                task.State = ContactTaskState.Done;
                task.ClosedAtUtc = time.GetUtcNow().UtcDateTime;
            }
            if (Wave.Kind == WaveKind.Baseline)
            {
                await ReplanFollowUpsAsync(on, ct);
                // SPEC §2.2: enrolled → active once the baseline has been held.
                var entity = await db.Cases.SingleAsync(c => c.Id == Case.Id, ct);
                if (entity.Status == CaseStatus.Enrolled) entity.Status = CaseStatus.Active;
            }
        }

        if (Wave.Kind == WaveKind.FollowUp
            && interview.InterviewedOn is { } held
            && interview.Answers.FirstOrDefault(a => a.ItemId == StableItems.CurrentSetting)?.Value is { } settingCode)
        {
            var latest = await db.Placements.AsNoTracking()
                .Where(p => p.CaseId == Case.Id)
                .OrderByDescending(p => p.StartedOn).ThenByDescending(p => p.RecordedAtUtc)
                .Select(p => (CareSetting?)p.Setting)
                .FirstOrDefaultAsync(ct);
            if (PlacementRule.SettingToAppend(settingCode, latest) is { } setting && _dateOfBirth is { } born && born <= held)
            {
                db.Placements.Add(new Placement
                {
                    Id = Guid.NewGuid(),
                    CaseId = Case.Id,
                    Setting = setting,
                    StartedOn = held,
                    AgeAtStart = Age.InYears(born, held),
                    WaveId = Wave.Id,
                    RecordedAtUtc = time.GetUtcNow().UtcDateTime,
                    RecordedByUserId = CaseAccess.UserId(User),
                });
            }
        }
    }

    private async Task ReplanFollowUpsAsync(DateOnly baselineOn, CancellationToken ct)
    {
        var settings = await db.StudySettings.AsNoTracking().SingleAsync(ct);
        var caseDates = await db.Cases.AsNoTracking().Where(c => c.Id == Case.Id).Select(c => new { c.InclusionDate, c.EndedOn }).SingleAsync(ct);
        var waves = await db.Waves.Where(w => w.CaseId == Case.Id && w.Kind == WaveKind.FollowUp).ToListAsync(ct);
        var plan = WaveCompletion.ReplanFollowUps(Enrolment.Schedule(settings), caseDates.InclusionDate, baselineOn, waves);

        foreach (var (wave, planned) in plan.Moved)
        {
            wave.DueOn = planned.DueOn;
            wave.WindowOpensOn = planned.WindowOpensOn;
            wave.WindowClosesOn = planned.WindowClosesOn;
            if (wave.Status != WaveStatus.Cancelled)
                wave.Status = WaveStatusRules.StatusOn(planned, Today, null, caseDates.EndedOn, false).Status;
        }
        foreach (var planned in plan.Added)
        {
            db.Waves.Add(new Wave
            {
                Id = Guid.NewGuid(),
                CaseId = Case.Id,
                Label = planned.Label,
                Kind = planned.Kind,
                MonthsAfterBaseline = planned.MonthsAfterBaseline,
                DueOn = planned.DueOn,
                WindowOpensOn = planned.WindowOpensOn,
                WindowClosesOn = planned.WindowClosesOn,
                Status = WaveStatusRules.StatusOn(planned, Today, null, caseDates.EndedOn, false).Status,
            });
        }
        foreach (var wave in plan.Dropped)
        {
            var referenced = await db.Interviews.AnyAsync(i => i.WaveId == wave.Id, ct)
                || await db.ContactAttempts.AnyAsync(a => a.WaveId == wave.Id, ct)
                || await db.Advice.AnyAsync(a => a.WaveId == wave.Id || a.FollowUpWaveId == wave.Id, ct)
                || await db.CodedSegments.AnyAsync(s => s.WaveId == wave.Id, ct)
                || await db.Placements.AnyAsync(p => p.WaveId == wave.Id, ct);
            if (referenced) continue;
            db.CaseTasks.RemoveRange(await db.CaseTasks.Where(t => t.WaveId == wave.Id).ToListAsync(ct));
            db.Waves.Remove(wave);
        }
    }

    private Interview NewInterview()
    {
        var interview = new Interview
        {
            Id = Guid.NewGuid(),
            CaseId = Case.Id,
            WaveId = Wave.Id,
            Informant = Informant,
            PersonId = PersonId,
            Status = InterviewStatus.Planned,
            ProtocolId = Protocol.Id,
            ProtocolVersion = Protocol.Version,
        };
        db.Interviews.Add(interview);
        return interview;
    }

    // Loads the case's wave, informant, existing interview, protocol and the permission. Null when
    // all is well; otherwise the answer to give (404 for anything that is not part of this case).
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Today = StudyCalendar.Today(time);
        if (InformantName is null || !Enum.GetNames<Informant>().Contains(InformantName, StringComparer.Ordinal)) return NotFound();
        Informant = Enum.Parse<Informant>(InformantName);

        var wave = await db.Waves.FirstOrDefaultAsync(w => w.CaseId == Case.Id && w.Label == WaveLabel, ct);
        if (wave is null) return NotFound();
        Wave = wave;

        var persons = await db.CasePersons.AsNoTracking()
            .Where(p => p.CaseId == Case.Id)
            .OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Role, p.IsActive })
            .ToListAsync(ct);
        // A link without a person (the case page offers one per informant) means the first parent
        // or professional on the case, so each interview stays tied to one person.
        if (PersonId is null && Informant != Informant.Youth)
        {
            PersonId = persons.FirstOrDefault(p => p.IsActive && (Informant == Informant.Parent
                ? p.Role is PersonRole.ParentalAuthority or PersonRole.Guardian
                : p.Role == PersonRole.Professional))?.Id;
        }
        if (PersonId is { } personId)
        {
            var person = persons.FirstOrDefault(p => p.Id == personId);
            if (person is null)
            {
                var elsewhere = await db.CasePersons.Where(p => p.Id == personId).Select(p => (Guid?)p.CaseId).FirstOrDefaultAsync(ct);
                return await RefuseForeignAsync(elsewhere);
            }
            var fits = Informant switch
            {
                Informant.Youth => person.Role == PersonRole.Youth,
                Informant.Parent => person.Role is PersonRole.ParentalAuthority or PersonRole.Guardian,
                _ => person.Role == PersonRole.Professional,
            };
            if (!fits) return NotFound();
        }

        // Persons are named by role and number, never by name: this page reads no identity data.
        var numbered = persons
            .Where(p => p.Role != PersonRole.Youth)
            .GroupBy(p => p.Role == PersonRole.Professional)
            .SelectMany(g => g.Select((p, i) => (p.Id, p.Role, p.IsActive, Label: $"{L[FieldworkLabels.Of(p.Role)]} {i + 1}")))
            .ToList();
        PersonLabel = numbered.FirstOrDefault(p => p.Id == PersonId).Label;

        Existing = await db.Interviews.Include(i => i.Answers)
            .FirstOrDefaultAsync(i => i.WaveId == Wave.Id && i.Informant == Informant && i.PersonId == PersonId, ct);
        Protocol = Existing is null ? files.Protocols.Current(Wave.Kind, Informant) : files.Protocols.Get(Existing.ProtocolId, Existing.ProtocolVersion);

        var gate = await InterviewGate.CheckAsync(db, files, Case, Wave.Kind, Today, ct);
        Permission = gate.Permission;
        _dateOfBirth = gate.DateOfBirth;

        AllWaves = await db.Waves.AsNoTracking().Where(w => w.CaseId == Case.Id).OrderBy(w => w.MonthsAfterBaseline).ToListAsync(ct);
        var statuses = await db.Interviews.AsNoTracking()
            .Where(i => i.WaveId == Wave.Id)
            .Select(i => new { i.Informant, i.PersonId, i.Status })
            .ToListAsync(ct);
        InterviewStatus StatusOf(Informant informant, Guid? person) =>
            statuses.FirstOrDefault(s => s.Informant == informant && s.PersonId == person)?.Status ?? InterviewStatus.Planned;
        var links = new List<InformantLink> { new(L[FieldworkLabels.Of(Informant.Youth)], Informant.Youth, null, StatusOf(Informant.Youth, null), false) };
        foreach (var (informant, roles) in new[] { (Informant.Parent, new[] { PersonRole.ParentalAuthority, PersonRole.Guardian }), (Informant.Professional, new[] { PersonRole.Professional }) })
        {
            var people = numbered.Where(p => roles.Contains(p.Role) && (p.IsActive || p.Id == PersonId)).ToList();
            if (people.Count == 0) links.Add(new(L[FieldworkLabels.Of(informant)], informant, null, StatusOf(informant, null), false));
            links.AddRange(people.Select(p => new InformantLink(p.Label, informant, p.Id, StatusOf(informant, p.Id), false)));
        }
        Informants = [.. links.Select(x => x with { IsCurrent = x.Informant == Informant && x.PersonId == PersonId })];
        return null;
    }

    private PageResult ShowStored()
    {
        FormVersion = Existing?.Version ?? Guid.Empty;
        FormDate = Existing?.InterviewedOn is { } on ? StudyCalendar.Iso(on) : null;
        foreach (var item in Protocol.Items)
        {
            var answer = Existing?.Answers.FirstOrDefault(a => a.ItemId == item.Id);
            Items[item.Id] = new ItemState(StoredValues(item, answer), answer?.Missing?.ToString(), null);
        }
        return Page();
    }

    // The other person's save won. Their version is read fresh from the database; the posted
    // answers stay in the form, which now carries their version, so saving again deliberately
    // overwrites theirs, and leaving the page keeps theirs.
    private async Task<IActionResult> ShowConflictAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var theirs = await db.Interviews.AsNoTracking().Include(i => i.Answers)
            .FirstAsync(i => i.WaveId == Wave.Id && i.Informant == Informant && i.PersonId == PersonId, ct);
        Existing = theirs;

        var lines = new List<ConflictLine>();
        var unchanged = 0;
        foreach (var item in Protocol.Items)
        {
            var stored = theirs.Answers.FirstOrDefault(a => a.ItemId == item.Id);
            var theirText = Display(item, StoredValues(item, stored), stored?.Missing?.ToString());
            var posted = PostedValues(item.Id);
            var missing = Input.Missing.GetValueOrDefault(item.Id);
            var yourText = Display(item, posted, missing);
            if (theirText == yourText) unchanged++;
            else lines.Add(new ConflictLine(item, theirText, yourText));
            Items[item.Id] = new ItemState(posted, missing, Items.GetValueOrDefault(item.Id)?.Error);
        }

        Conflict = new ConflictView(theirs.Status, theirs.InterviewedOn, theirs.UpdatedAtUtc, lines, unchanged);
        FormVersion = theirs.Version;
        FormDate = Input.InterviewedOn;
        await audit.WriteAsync(new AuditEvent("interview.conflict", AuditOutcome.Failure)
        {
            ResearchCode = Case.ResearchCode,
            Target = $"interview:{theirs.Id}",
            Details = $"wave={Wave.Label} informant={Informant}",
        }, ct);
        return Page();
    }

    private Task AuditAsync(string action, Interview interview, CancellationToken ct) =>
        audit.WriteAsync(new AuditEvent(action)
        {
            ResearchCode = Case.ResearchCode,
            Target = $"interview:{interview.Id}",
            Details = $"wave={Wave.Label} informant={Informant} status={interview.Status} protocol={interview.ProtocolId} v{interview.ProtocolVersion}",
        }, ct);

    private RedirectToPageResult RedirectToSelf() =>
        RedirectToPage(new { id = Case.Id, wave = Wave.Label, informant = Informant.ToString(), person = PersonId });

    private List<string> PostedValues(string itemId) =>
        [.. (Input.Answers.GetValueOrDefault(itemId) ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)];

    private static List<string> StoredValues(ProtocolItem item, Answer? answer)
    {
        if (answer is null) return [];
        if (item.IsFreeText) return answer.Text is null ? [] : [answer.Text];
        if (answer.Value is null) return [];
        return item.Type == ItemType.MultipleChoice ? [.. answer.Value.Split(AnswerValidator.MultipleChoiceSeparator)] : [answer.Value];
    }

    // How an answer reads in the conflict panel: labels rather than codes.
    public string Display(ProtocolItem item, IReadOnlyList<string> values, string? missing)
    {
        if (!string.IsNullOrWhiteSpace(missing) && Enum.TryParse<MissingCode>(missing, out var code) && Enum.IsDefined(code))
            return $"[{L[FieldworkLabels.Of(code)]}]";
        if (values.Count == 0) return "—";
        return item.Type switch
        {
            ItemType.SingleChoice or ItemType.MultipleChoice =>
                string.Join("; ", values.Select(v => item.FindOption(v)?.Label ?? v)),
            ItemType.YesNo => string.Join("; ", values.Select(v => v == AnswerValidator.Yes ? L["ja"].Value : v == AnswerValidator.No ? L["nee"].Value : v)),
            ItemType.Date => string.Join("; ", values.Select(v => StudyCalendar.ParseDate(v) is { } d ? Cultures.Date(d) : v)),
            ItemType.Text => string.Join("\n", values).Replace("\r\n", "\n", StringComparison.Ordinal),
            _ => string.Join("; ", values.Select(v => v.Replace(',', '.').Trim())),
        };
    }

    public string InterviewUrl(string waveLabel, Informant informant, Guid? person) =>
        $"/Cases/Interview?id={Case.Id}&wave={Uri.EscapeDataString(waveLabel)}&informant={informant}"
        + (person is { } p ? $"&person={p}" : "");
}
