using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Consent;

public sealed record CasePerson(Guid Id, PersonRole Role);

// A consent as recorded on a case: who signed which template version, and when.
public sealed record RecordedConsent(Guid PersonId, string TemplateId, int TemplateVersion, string Language, DateOnly Given, bool Withdrawn);

// PersonId is null when nobody in the needed role is recorded on the case yet.
public sealed record MissingConsent(Guid? PersonId, PersonRole Role, ConsentAudience Audience, ConsentMessage Description);

// A recorded consent that does not count, and why: shown to the coordinator, who would otherwise
// wonder why a signed form is not enough.
public sealed record IgnoredConsent(RecordedConsent Consent, ConsentMessage Reason);

public enum ConsentStatusKind { Complete, Missing, MilestoneDue, Blocked }

public sealed record ConsentStatus(
    ConsentStatusKind Kind,
    int Age,
    IReadOnlyList<MissingConsent> Missing,
    int? MilestoneAge,
    DateOnly? MilestoneBirthday,
    IReadOnlyList<IgnoredConsent> Ignored)
{
    // MilestoneDue means complete for today's age; the missing items are those needed by the
    // birthday, so enrolment and interviews may go ahead until then.
    public bool IsCompleteForCurrentAge => Kind is ConsentStatusKind.Complete or ConsentStatusKind.MilestoneDue;

    public bool AllowsInterview => IsCompleteForCurrentAge;

    public ConsentMessage Summary => Kind switch
    {
        ConsentStatusKind.Complete => new ConsentMessage(ConsentTexts.StatusComplete),
        ConsentStatusKind.Missing => new ConsentMessage(ConsentTexts.StatusMissing),
        ConsentStatusKind.MilestoneDue => new ConsentMessage(ConsentTexts.StatusMilestoneDue, MilestoneAge!, MilestoneBirthday!),
        _ => new ConsentMessage(ConsentTexts.StatusBlocked, MilestoneAge!, MilestoneBirthday!),
    };
}

// Applies the consent policy (SPEC §2.4) to one case on one day. Templates supply each version's
// audience, release date and re-consent flag; pass every template ever shipped, since consent
// given on an old version stays valid unless a later version requires re-consent.
public sealed class ConsentEvaluator
{
    private readonly ConsentPolicy _policy;
    private readonly IReadOnlyList<ConsentTemplate> _templates;

    public ConsentEvaluator(ConsentPolicy policy, IEnumerable<ConsentTemplate> templates)
    {
        _policy = policy;
        _templates = [.. templates];
    }

    public ConsentEvaluator(ConsentPolicy policy, ConsentTemplateCatalog catalog)
        : this(policy, catalog.Templates)
    {
    }

    public ConsentStatus Evaluate(DateOnly dateOfBirth, DateOnly today, IReadOnlyList<CasePerson> persons, IReadOnlyList<RecordedConsent> consents)
    {
        var age = Age.InYears(dateOfBirth, today);
        var ignored = new List<IgnoredConsent>();
        var valid = new List<ValidConsent>();
        foreach (var consent in consents)
        {
            var (template, reason) = Check(consent, dateOfBirth, today, persons);
            if (reason is not null) ignored.Add(new IgnoredConsent(consent, reason));
            else if (template is not null) valid.Add(new ValidConsent(consent, template));
        }

        var bandIndex = BandIndex(age);
        if (bandIndex < 0)
        {
            var noRule = new MissingConsent(null, PersonRole.Youth, ConsentAudience.Youth8To11, new ConsentMessage(ConsentTexts.NoRuleForAge, age));
            return new ConsentStatus(ConsentStatusKind.Missing, age, [noRule], null, null, ignored);
        }

        var missing = MissingFor(bandIndex, today, persons, valid);
        if (missing.Count > 0)
        {
            var passed = _policy.ActiveMilestones.Where(m => m.Age <= age).MaxBy(m => m.Age);
            if (passed is not null && IsBlockedBy(passed, dateOfBirth, missing, persons, valid))
                return new ConsentStatus(ConsentStatusKind.Blocked, age, missing, passed.Age, passed.Birthday(dateOfBirth), ignored);
            return new ConsentStatus(ConsentStatusKind.Missing, age, missing, null, null, ignored);
        }

        var coming = _policy.MilestoneTasksOpenOn(dateOfBirth, today).FirstOrDefault();
        if (coming is not null)
        {
            var needed = MissingFor(BandIndex(coming.Age), today, persons, valid);
            if (needed.Count > 0)
                return new ConsentStatus(ConsentStatusKind.MilestoneDue, age, needed, coming.Age, coming.Birthday(dateOfBirth), ignored);
        }
        return new ConsentStatus(ConsentStatusKind.Complete, age, [], null, null, ignored);
    }

    // Blocked, not merely missing: the consent was complete on the day before the milestone
    // birthday, and what is missing now is something the milestone asks for anew. A youth who
    // never had complete consent (say, someone being enrolled at 19) is simply Missing.
    private bool IsBlockedBy(ConsentMilestone milestone, DateOnly dateOfBirth, List<MissingConsent> missing, IReadOnlyList<CasePerson> persons, List<ValidConsent> valid)
    {
        var birthday = milestone.Birthday(dateOfBirth);
        var bandBefore = BandIndex(milestone.Age - 1);
        var bandAfter = BandIndex(milestone.Age);
        if (bandBefore < 0 || MissingFor(bandBefore, birthday.AddDays(-1), persons, valid).Count > 0)
            return false;
        var before = _policy.Bands[bandBefore];
        var after = _policy.Bands[bandAfter];
        return missing.Any(item =>
        {
            var who = item.Role == PersonRole.Youth ? ConsentParty.Youth : ConsentParty.Parents;
            return after.For(who) is { } required && before.For(who)?.Audience != required.Audience;
        });
    }

    private List<MissingConsent> MissingFor(int bandIndex, DateOnly asOf, IReadOnlyList<CasePerson> persons, List<ValidConsent> valid)
    {
        var band = _policy.Bands[bandIndex];
        var missing = new List<MissingConsent>();
        foreach (var requirement in band.Requirements)
        {
            var accepted = AcceptedAudiences(bandIndex, requirement);
            bool HasConsented(CasePerson person) =>
                valid.Any(v => v.Consent.PersonId == person.Id && v.Consent.Given <= asOf && accepted.Contains(v.Template.Audience));

            if (requirement.Who == ConsentParty.Youth)
            {
                var youths = persons.Where(p => p.Role == PersonRole.Youth).ToList();
                var description = new ConsentMessage(requirement.Audience switch
                {
                    ConsentAudience.Youth8To11 => ConsentTexts.MissingAssent,
                    ConsentAudience.YoungAdult => ConsentTexts.MissingAdultConsent,
                    _ => ConsentTexts.MissingOwnConsent,
                });
                if (youths.Count == 0)
                    missing.Add(new MissingConsent(null, PersonRole.Youth, requirement.Audience, description));
                missing.AddRange(youths.Where(y => !HasConsented(y)).Select(y => new MissingConsent(y.Id, PersonRole.Youth, requirement.Audience, description)));
                continue;
            }

            // A guardian takes the place of the parents; otherwise every holder of parental
            // authority must consent, numbered in the order the case lists them.
            var guardians = persons.Where(p => p.Role == PersonRole.Guardian).ToList();
            var holders = guardians.Count > 0 ? guardians : persons.Where(p => p.Role == PersonRole.ParentalAuthority).ToList();
            if (holders.Count == 0)
            {
                missing.Add(new MissingConsent(null, PersonRole.ParentalAuthority, requirement.Audience, new ConsentMessage(ConsentTexts.MissingAnyAuthority)));
                continue;
            }
            for (var i = 0; i < holders.Count; i++)
            {
                if (HasConsented(holders[i])) continue;
                var description = guardians.Count switch
                {
                    0 => new ConsentMessage(ConsentTexts.MissingParentalAuthority, i + 1),
                    1 => new ConsentMessage(ConsentTexts.MissingGuardian),
                    _ => new ConsentMessage(ConsentTexts.MissingGuardianNumbered, i + 1),
                };
                missing.Add(new MissingConsent(holders[i].Id, holders[i].Role, requirement.Audience, description));
            }
        }
        return missing;
    }

    // The band's own form, plus the forms of earlier bands reached through inactive milestones
    // only: consent given at 12–15 still counts at 16 unless the study made 16 a milestone.
    private HashSet<ConsentAudience> AcceptedAudiences(int bandIndex, ConsentRequirement requirement)
    {
        var accepted = new HashSet<ConsentAudience> { requirement.Audience };
        for (var i = bandIndex; i > 0; i--)
        {
            if (_policy.MilestoneAt(_policy.Bands[i].FromAge) is not { Active: false }) break;
            if (_policy.Bands[i - 1].For(requirement.Who) is { } earlier) accepted.Add(earlier.Audience);
        }
        return accepted;
    }

    private (ConsentTemplate? Template, ConsentMessage? Reason) Check(RecordedConsent consent, DateOnly dateOfBirth, DateOnly today, IReadOnlyList<CasePerson> persons)
    {
        if (persons.All(p => p.Id != consent.PersonId))
            return (null, new ConsentMessage(ConsentTexts.PersonNotOnCase));
        if (consent.Withdrawn)
            return (null, new ConsentMessage(ConsentTexts.ConsentWithdrawn));
        if (consent.Given > today)
            return (null, new ConsentMessage(ConsentTexts.ConsentInFuture, consent.Given));
        var template = _templates.FirstOrDefault(t => t.Id == consent.TemplateId && t.Version == consent.TemplateVersion && t.Language == consent.Language);
        if (template is null)
            return (null, new ConsentMessage(ConsentTexts.UnknownTemplateVersion, consent.TemplateId, consent.TemplateVersion, consent.Language));
        if (!template.IsSignable)
            return (null, new ConsentMessage(ConsentTexts.NotAConsentForm, template.Id));
        if (consent.Given < template.Released)
            return (null, new ConsentMessage(ConsentTexts.GivenBeforeRelease, consent.Given, template.Id, template.Version, template.Released));

        // Re-consent is a property of the version, whatever its language: a translation of a
        // changed form cannot leave the old wording valid.
        var superseding = _templates
            .Where(t => t.Id == template.Id && t.Version > template.Version && t.RequiresReconsent)
            .MinBy(t => t.Version);
        if (superseding is not null)
            return (null, new ConsentMessage(ConsentTexts.SupersededByReconsent, template.Id, template.Version, superseding.Version));

        if (!SignedAtAnAgeTheFormIsFor(template.Audience, consent.Given, dateOfBirth))
        {
            var ageThen = consent.Given < dateOfBirth ? 0 : Age.InYears(dateOfBirth, consent.Given);
            return (null, new ConsentMessage(ConsentTexts.WrongAgeForForm, consent.Given, ageThen, template.Id));
        }
        return (template, null);
    }

    // A form counts only for the bands it is written for: from the first such band (or from the
    // re-consent task date before it, when an active milestone opens that band) to the day before
    // the youth grows out of the last one. An assent signed at 12 or an adult form signed at 15
    // does not count.
    private bool SignedAtAnAgeTheFormIsFor(ConsentAudience audience, DateOnly given, DateOnly dateOfBirth)
    {
        var bands = _policy.Bands;
        var first = -1;
        var last = -1;
        for (var i = 0; i < bands.Count; i++)
        {
            if (!bands[i].Requirements.Any(r => r.Audience == audience)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return false;

        if (first > 0)
        {
            var fromAge = bands[first].FromAge;
            var milestone = _policy.MilestoneAt(fromAge);
            var start = milestone is { Active: true } ? milestone.TaskDate(dateOfBirth) : Age.Birthday(dateOfBirth, fromAge);
            if (given < start) return false;
        }
        if (bands[last].ToAge is { } toAge && given >= Age.Birthday(dateOfBirth, toAge + 1))
            return false;
        return true;
    }

    private int BandIndex(int age)
    {
        for (var i = 0; i < _policy.Bands.Count; i++)
            if (_policy.Bands[i].Contains(age)) return i;
        return -1;
    }

    private sealed record ValidConsent(RecordedConsent Consent, ConsentTemplate Template);
}
