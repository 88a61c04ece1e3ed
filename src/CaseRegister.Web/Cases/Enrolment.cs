using CaseRegister.Web.Audit;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Inclusion;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Security;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Cases;

public sealed record PersonInput(PersonRole Role, string Name, string? Relation = null, string? Address = null, string? Phone = null, string? Email = null);

// Consent of one person at enrolment. The form version is the current one for the person's
// audience on the day consent was given.
public sealed record ConsentInput(int PersonIndex, DateOnly GivenOn, ConsentMethod Method, string Language = "nl");

public sealed record EnrolmentRequest
{
    public Guid CohortId { get; init; }
    public DateOnly InclusionDate { get; init; }
    public required string YouthGivenNames { get; init; }
    public required string YouthSurname { get; init; }
    public DateOnly DateOfBirth { get; init; }
    public Sex Sex { get; init; }
    public string? YouthAddress { get; init; }
    public string? YouthPhone { get; init; }
    public string? YouthEmail { get; init; }
    public Guid RegionId { get; init; }
    public Guid ExpertTeamId { get; init; }
    public DateOnly? ExpertTeamDiscussedOn { get; init; }
    public CareSetting? CurrentSetting { get; init; }
    public DateOnly? PlacementStartedOn { get; init; }

    // Index 0 is the youth; then parents/guardian and professionals in the order given.
    public IReadOnlyList<PersonInput> Others { get; init; } = [];
    public IReadOnlyList<ConsentInput> Consents { get; init; } = [];
    public Guid? InterviewerId { get; init; }
    public bool AgeWarningConfirmed { get; init; }
    public string? DuplicateOverrideReason { get; init; }
    public bool IsDemo { get; init; }

    public IReadOnlyList<PersonInput> Persons => [new PersonInput(PersonRole.Youth, $"{YouthGivenNames} {YouthSurname}".Trim(), null, YouthAddress, YouthPhone, YouthEmail), .. Others];
}

public sealed record EnrolmentResult(
    IReadOnlyList<RuleMessage> Failures,
    IReadOnlyList<InclusionWarning> Warnings,
    IReadOnlyList<string> PossibleDuplicates,
    Guid? CaseId = null,
    string? ResearchCode = null)
{
    public bool Succeeded => CaseId is not null;
}

// Enrolment of one youth (SPEC §2.3): every inclusion rule checked at once, the duplicate check
// through the blind index, and then case, persons, first placement, consents, assignment and
// planned waves written in one transaction — all or nothing.
public sealed class Enrolment(CaseRegisterDbContext db, StudyFiles files, StudySecrets secrets, AuditLog audit, TimeProvider time)
{
    public async Task<EnrolmentResult> EnrolAsync(EnrolmentRequest request, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == request.CohortId, ct);
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RegionId, ct);
        var teamBelongs = await db.ExpertTeams.AnyAsync(t => t.Id == request.ExpertTeamId && t.RegionId == request.RegionId && t.IsActive, ct);
        var settings = await db.StudySettings.AsNoTracking().SingleAsync(ct);

        var failures = new List<RuleMessage>();
        if (cohort is null) failures.Add(new RuleMessage(EnrolmentFields.CohortId, "Kies een cohort."));
        if (region is null) failures.Add(new RuleMessage(EnrolmentFields.RegionId, "Kies de regio."));
        else if (!teamBelongs) failures.Add(new RuleMessage(EnrolmentFields.ExpertTeamId, "Kies een regionaal expertteam van de gekozen regio."));
        if (request.DateOfBirth >= today) failures.Add(new RuleMessage(EnrolmentFields.DateOfBirth, "De geboortedatum moet in het verleden liggen."));
        if (string.IsNullOrWhiteSpace(request.YouthSurname)) failures.Add(new RuleMessage("Input.YouthSurname", "Vul de achternaam van de jongere in."));

        var persons = request.Persons.Select((p, i) => (Input: p, Id: Guid.NewGuid(), Order: i)).ToList();
        var (consentRecords, consentFailures) = ResolveConsents(request, persons.Select(p => (p.Input, p.Id)).ToList());
        failures.AddRange(consentFailures);
        var status = request.DateOfBirth < today
            ? files.ConsentEvaluator.Evaluate(request.DateOfBirth, today, persons.Select(p => new Consent.CasePerson(p.Id, p.Input.Role)).ToList(), consentRecords)
            : null;

        var blindIndex = secrets.BlindIndex.Compute(request.YouthSurname, request.DateOfBirth);
        var duplicates = await FindDuplicatesAsync(blindIndex, request, ct);

        if (cohort is not null && region is not null && status is not null)
        {
            var check = InclusionCheck.Evaluate(new EnrolmentCandidate
            {
                DateOfBirth = request.DateOfBirth,
                InclusionDate = request.InclusionDate,
                CurrentCareSetting = request.CurrentSetting,
                RegionId = region.Id,
                RegionBelongsToStudy = region.InStudy,
                ExpertTeamId = request.ExpertTeamId,
                ExpertTeamDiscussedOn = request.ExpertTeamDiscussedOn,
                MissingConsents = status.IsCompleteForCurrentAge ? [] : status.Missing.Select(m => m.Description.ToString()).ToList(),
                CohortIsOpen = cohort.IsOpen,
                CohortInclusionPeriod = new InclusionPeriod(cohort.InclusionStart, cohort.InclusionEnd),
                DuplicateCheck = new DuplicateCheckResult(duplicates),
                DuplicateOverrideReason = request.DuplicateOverrideReason,
                AgeWarningConfirmed = request.AgeWarningConfirmed,
            }, today);
            failures.AddRange(check.Failures);
            if (failures.Count > 0 || !check.CanEnrol) return new EnrolmentResult(failures, check.Warnings, duplicates);
        }
        if (failures.Count > 0 || cohort is null || status is null) return new EnrolmentResult(failures, [], duplicates);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        cohort.LastSequence++;
        var researchCode = $"{settings.ResearchCodePrefix}-{cohort.Year}-{cohort.LastSequence:000}";
        var caseId = Guid.NewGuid();
        var entity = new Case
        {
            Id = caseId,
            ResearchCode = researchCode,
            CohortId = cohort.Id,
            Status = CaseStatus.Enrolled,
            RegionId = request.RegionId,
            ExpertTeamId = request.ExpertTeamId,
            ExpertTeamDiscussedOn = request.ExpertTeamDiscussedOn!.Value,
            InclusionDate = request.InclusionDate,
            AgeAtInclusion = Age.InYears(request.DateOfBirth, request.InclusionDate),
            Sex = request.Sex,
            AssignedInterviewerId = request.InterviewerId,
            IsDemo = request.IsDemo,
            ConsentState = status.Kind,
            BlindIndex = blindIndex,
            DateOfBirth = request.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DuplicateOverrideReason = duplicates.Count > 0 ? request.DuplicateOverrideReason?.Trim() : null,
        };
        foreach (var (input, id, order) in persons)
        {
            entity.Persons.Add(new Domain.Model.CasePerson
            {
                Id = id, CaseId = caseId, Role = input.Role, SortOrder = order,
                Name = Blank(input.Name), Relation = Blank(input.Relation), Address = Blank(input.Address), Phone = Blank(input.Phone), Email = Blank(input.Email),
            });
        }
        var now = time.GetUtcNow().UtcDateTime;
        entity.Placements.Add(new Placement
        {
            Id = Guid.NewGuid(), CaseId = caseId, Setting = request.CurrentSetting!.Value,
            StartedOn = request.PlacementStartedOn ?? request.InclusionDate,
            AgeAtStart = Age.InYears(request.DateOfBirth, request.PlacementStartedOn ?? request.InclusionDate),
            RecordedAtUtc = now,
        });
        foreach (var consent in consentRecords)
        {
            var template = files.ConsentTemplates.Find(consent.TemplateId, consent.TemplateVersion, consent.Language)!;
            var role = persons.Single(p => p.Id == consent.PersonId).Input.Role;
            var rendered = ConsentFormRenderer.Render(template, new ConsentFormValues(settings.StudyName, researchCode, settings.CoordinatorName, settings.CoordinatorContact, consent.Given, role));
            entity.Consents.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(), CaseId = caseId, PersonId = consent.PersonId,
                TemplateId = template.Id, TemplateVersion = template.Version, Language = template.Language, TemplateSha256 = rendered.Sha256,
                GivenOn = consent.Given, AgeOfYouthAtConsent = Age.InYears(request.DateOfBirth, consent.Given),
                Method = request.Consents.First(c => persons[c.PersonIndex].Id == consent.PersonId).Method,
                RecordedAtUtc = now,
            });
        }
        if (request.InterviewerId is { } interviewer)
            entity.Assignments.Add(new Assignment { Id = Guid.NewGuid(), CaseId = caseId, InterviewerId = interviewer, AssignedAtUtc = now });
        foreach (var wave in Schedule(settings).For(request.InclusionDate))
        {
            entity.Waves.Add(new Wave
            {
                Id = Guid.NewGuid(), CaseId = caseId, Label = wave.Label, Kind = wave.Kind, MonthsAfterBaseline = wave.MonthsAfterBaseline,
                DueOn = wave.DueOn, WindowOpensOn = wave.WindowOpensOn, WindowClosesOn = wave.WindowClosesOn,
                Status = WaveStatusRules.StatusOn(wave, today, null, null, false).Status,
            });
        }
        db.Cases.Add(entity);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await audit.WriteAsync(new AuditEvent("case.create") { ResearchCode = researchCode, Target = $"case:{caseId}", Details = request.IsDemo ? "demo" : null }, ct);
        foreach (var _ in consentRecords) await audit.WriteAsync(new AuditEvent("consent.record") { ResearchCode = researchCode }, ct);
        if (duplicates.Count > 0)
            await audit.WriteAsync(new AuditEvent("case.duplicate-override") { ResearchCode = researchCode, Details = $"possible duplicates: {string.Join(",", duplicates)}" }, ct);
        return new EnrolmentResult([], [], duplicates, caseId, researchCode);
    }

    public static WaveSchedule Schedule(StudySettings settings) => new(new ScheduleSettings
    {
        StudyStart = settings.StudyStart,
        DurationYears = settings.DurationYears,
        FollowUpIntervalMonths = settings.FollowUpIntervalMonths,
        ContactWindowWeeks = settings.ContactWindowWeeks,
        BaselineDeadlineWeeks = settings.BaselineDeadlineWeeks,
    });

    // Candidates share the truncated blind index; decrypting them confirms or rules out a match.
    private async Task<IReadOnlyList<string>> FindDuplicatesAsync(int blindIndex, EnrolmentRequest request, CancellationToken ct)
    {
        var candidates = await db.Cases.AsNoTracking().Where(c => c.BlindIndex == blindIndex)
            .Select(c => new { c.ResearchCode, c.DateOfBirth, Youth = c.Persons.Where(p => p.Role == PersonRole.Youth).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var surname = BlindIndex.Normalise(request.YouthSurname);
        var dob = request.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var matches = candidates
            .Where(c => c.DateOfBirth == dob && c.Youth is not null && BlindIndex.Normalise(c.Youth).EndsWith(surname, StringComparison.Ordinal))
            .Select(c => c.ResearchCode).ToList();
        await audit.WriteAsync(new AuditEvent("case.duplicate-check") { Details = $"candidates={candidates.Count} matches={matches.Count}" }, ct);
        return matches;
    }

    private (List<RecordedConsent> Records, List<RuleMessage> Failures) ResolveConsents(EnrolmentRequest request, List<(PersonInput Input, Guid Id)> persons)
    {
        var records = new List<RecordedConsent>();
        var failures = new List<RuleMessage>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var consent in request.Consents)
        {
            if (consent.PersonIndex < 0 || consent.PersonIndex >= persons.Count) continue;
            var (person, id) = persons[consent.PersonIndex];
            var field = $"Input.Consent{consent.PersonIndex}";
            if (consent.GivenOn > today)
            {
                failures.Add(new RuleMessage(field, "De datum van de toestemming van {0} ligt in de toekomst.", person.Name));
                continue;
            }
            if (consent.GivenOn < request.DateOfBirth) continue;
            var audience = person.Role == PersonRole.Youth ? ConsentAudiences.ForYouthAged(Age.InYears(request.DateOfBirth, consent.GivenOn)) : ConsentAudience.Parents;
            var template = audience is null ? null : files.ConsentTemplates.CurrentForm(audience.Value, consent.Language, consent.GivenOn);
            if (template is null)
            {
                failures.Add(new RuleMessage(field, "Op {0:dd-MM-yyyy} bestond er nog geen toestemmingsformulier voor deze persoon; de toestemming kan niet eerder gegeven zijn dan het formulier.", consent.GivenOn));
                continue;
            }
            records.Add(new RecordedConsent(id, template.Id, template.Version, template.Language, consent.GivenOn, Withdrawn: false));
        }
        return (records, failures);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
