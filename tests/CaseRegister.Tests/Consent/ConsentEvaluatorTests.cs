using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;

namespace CaseRegister.Tests.Consent;

public class ConsentEvaluatorTests
{
    private static readonly CasePerson Youth = new(Guid.NewGuid(), PersonRole.Youth);
    private static readonly CasePerson Mother = new(Guid.NewGuid(), PersonRole.ParentalAuthority);
    private static readonly CasePerson Father = new(Guid.NewGuid(), PersonRole.ParentalAuthority);
    private static readonly CasePerson Guardian = new(Guid.NewGuid(), PersonRole.Guardian);
    private static readonly CasePerson Professional = new(Guid.NewGuid(), PersonRole.Professional);
    private static readonly CasePerson[] Family = [Youth, Mother, Father, Professional];

    private static ConsentEvaluator Evaluator(IEnumerable<ConsentTemplate>? templates = null, ConsentPolicy? policy = null) =>
        new(policy ?? ConsentTestData.DefaultPolicy(), templates ?? ConsentTestData.StandardTemplates());

    private static RecordedConsent Signed(CasePerson person, string templateId, DateOnly given, int version = 1, bool withdrawn = false, string language = "nl") =>
        new(person.Id, templateId, version, language, given, withdrawn);

    // Born 15 June 2014: 12 on 15 June 2026, 16 in 2030, 18 on 15 June 2032.
    private static readonly DateOnly BornJune2014 = new(2014, 6, 15);

    private static ConsentStatus Evaluate(DateOnly dateOfBirth, DateOnly today, IReadOnlyList<CasePerson> persons, params RecordedConsent[] consents) =>
        Evaluator().Evaluate(dateOfBirth, today, persons, consents);

    private static List<string> MissingTexts(ConsentStatus status) => [.. status.Missing.Select(m => m.Description.ToString())];

    [Fact]
    public void A_13_year_old_with_only_the_parents_consent_misses_their_own_consent()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family,
            Signed(Mother, "parents", new DateOnly(2026, 10, 1)),
            Signed(Father, "parents", new DateOnly(2026, 10, 1)));

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        Assert.Equal(13, status.Age);
        var missing = Assert.Single(status.Missing);
        Assert.Equal(Youth.Id, missing.PersonId);
        Assert.Equal("eigen toestemming van de jongere", missing.Description.ToString());
        Assert.False(status.AllowsInterview);
    }

    [Fact]
    public void An_11_year_old_with_one_of_two_parents_misses_the_other_parent()
    {
        var status = Evaluate(new DateOnly(2015, 3, 1), new DateOnly(2026, 11, 22), Family,
            Signed(Mother, "parents", new DateOnly(2026, 10, 1)),
            Signed(Youth, "youth-8-11", new DateOnly(2026, 10, 1)));

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        var missing = Assert.Single(status.Missing);
        Assert.Equal(Father.Id, missing.PersonId);
        Assert.Equal("toestemming van gezaghebbende 2", missing.Description.ToString());
    }

    [Fact]
    public void An_11_year_old_with_both_parents_and_their_own_assent_is_complete()
    {
        var status = Evaluate(new DateOnly(2015, 3, 1), new DateOnly(2026, 11, 22), Family,
            Signed(Mother, "parents", new DateOnly(2026, 10, 1)),
            Signed(Father, "parents", new DateOnly(2026, 10, 2)),
            Signed(Youth, "youth-8-11", new DateOnly(2026, 10, 1)));

        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
        Assert.True(status.AllowsInterview);
        Assert.Equal("De toestemming is compleet.", status.Summary.ToString());
    }

    [Fact]
    public void A_guardian_consents_instead_of_the_parents()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), [Youth, Guardian],
            Signed(Guardian, "parents", new DateOnly(2026, 10, 1)),
            Signed(Youth, "youth-12-15", new DateOnly(2026, 10, 1)));

        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }

    [Fact]
    public void With_a_guardian_on_the_case_the_parents_are_not_asked()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), [Youth, Mother, Guardian],
            Signed(Youth, "youth-12-15", new DateOnly(2026, 10, 1)));

        Assert.Equal(["toestemming van de voogd"], MissingTexts(status));
        Assert.Equal(Guardian.Id, status.Missing[0].PersonId);
    }

    [Fact]
    public void Without_anyone_holding_parental_authority_on_the_case_that_is_what_is_missing()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), [Youth],
            Signed(Youth, "youth-12-15", new DateOnly(2026, 10, 1)));

        var missing = Assert.Single(status.Missing);
        Assert.Null(missing.PersonId);
        Assert.Equal("toestemming van de gezaghebbenden of voogd (niemand vastgelegd bij deze casus)", missing.Description.ToString());
    }

    [Fact]
    public void A_16_or_17_year_old_needs_their_own_and_by_default_the_parents_consent()
    {
        var dateOfBirth = new DateOnly(2009, 9, 1);
        var today = new DateOnly(2026, 11, 22);

        var ownOnly = Evaluate(dateOfBirth, today, Family, Signed(Youth, "youth-16-17", new DateOnly(2026, 10, 1)));
        var all = Evaluate(dateOfBirth, today, Family,
            Signed(Youth, "youth-16-17", new DateOnly(2026, 10, 1)),
            Signed(Mother, "parents", new DateOnly(2026, 10, 1)),
            Signed(Father, "parents", new DateOnly(2026, 10, 1)));

        Assert.Equal(17, ownOnly.Age);
        Assert.Equal(["toestemming van gezaghebbende 1", "toestemming van gezaghebbende 2"], MissingTexts(ownOnly));
        Assert.Equal(ConsentStatusKind.Complete, all.Kind);
    }

    [Fact]
    public void Consent_given_at_15_still_counts_at_16_because_the_16_milestone_is_inactive_by_default()
    {
        var status = Evaluate(BornJune2014, new DateOnly(2030, 8, 1), Family,
            Signed(Mother, "parents", new DateOnly(2027, 1, 1)),
            Signed(Father, "parents", new DateOnly(2027, 1, 1)),
            Signed(Youth, "youth-12-15", new DateOnly(2027, 1, 1)));

        Assert.Equal(16, status.Age);
        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }

    [Fact]
    public void A_study_that_activates_the_16_milestone_blocks_interviews_until_the_youth_consents_again()
    {
        var evaluator = Evaluator(policy: ConsentTestData.PolicyWithActiveMilestoneAt16());
        RecordedConsent[] consents =
        [
            Signed(Mother, "parents", new DateOnly(2027, 1, 1)),
            Signed(Father, "parents", new DateOnly(2027, 1, 1)),
            Signed(Youth, "youth-12-15", new DateOnly(2027, 1, 1)),
        ];

        var before = evaluator.Evaluate(BornJune2014, new DateOnly(2030, 5, 1), Family, consents);
        var on = evaluator.Evaluate(BornJune2014, new DateOnly(2030, 6, 15), Family, consents);

        Assert.Equal(ConsentStatusKind.MilestoneDue, before.Kind);
        Assert.Equal(16, before.MilestoneAge);
        Assert.Equal(ConsentStatusKind.Blocked, on.Kind);
        Assert.Equal(["eigen toestemming van de jongere"], MissingTexts(on));
    }

    [Fact]
    public void From_18_only_the_young_adults_own_adult_consent_is_needed()
    {
        var status = Evaluate(new DateOnly(2006, 2, 1), new DateOnly(2026, 11, 22), Family,
            Signed(Youth, "young-adult", new DateOnly(2026, 10, 1)));

        Assert.Equal(20, status.Age);
        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }

    [Fact]
    public void Consent_on_an_under_18_form_does_not_count_as_the_adult_consent()
    {
        var status = Evaluate(new DateOnly(2008, 3, 10), new DateOnly(2026, 11, 22), Family,
            Signed(Youth, "youth-16-17", new DateOnly(2025, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)));

        Assert.Equal(ConsentStatusKind.Blocked, status.Kind);
        Assert.Equal(18, status.MilestoneAge);
        Assert.Equal(new DateOnly(2026, 3, 10), status.MilestoneBirthday);
        Assert.Equal(["eigen toestemming van de jongvolwassene (formulier 18+)"], MissingTexts(status));
        Assert.False(status.AllowsInterview);
    }

    [Fact]
    public void An_assent_given_at_8_to_11_does_not_count_as_own_consent_at_12()
    {
        var status = Evaluate(BornJune2014, new DateOnly(2026, 7, 1), Family,
            Signed(Youth, "youth-8-11", new DateOnly(2025, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)));

        Assert.Equal(ConsentStatusKind.Blocked, status.Kind);
        Assert.Equal(12, status.MilestoneAge);
        Assert.Equal(["eigen toestemming van de jongere"], MissingTexts(status));
        Assert.Equal(
            "De jongere is sinds 15-06-2026 12 jaar en de vereiste nieuwe toestemming ontbreekt; er mogen geen interviews worden vastgelegd.",
            status.Summary.ToString());
    }

    [Theory]
    [InlineData(12, "youth-8-11", "2026-04-19", "2026-04-20", "2026-06-14", "2026-06-15")]
    [InlineData(18, "youth-16-17", "2032-04-19", "2032-04-20", "2032-06-14", "2032-06-15")]
    public void A_milestone_is_due_exactly_8_weeks_before_the_birthday_and_blocks_on_the_birthday(
        int milestone, string formBefore, string dayBeforeTask, string taskDay, string dayBeforeBirthday, string birthday)
    {
        RecordedConsent[] consents =
        [
            Signed(Youth, formBefore, new DateOnly(2025, 1, 10).AddYears(milestone - 12)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)),
        ];
        ConsentStatus On(string day) => Evaluate(BornJune2014, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Family, consents);

        Assert.Equal(ConsentStatusKind.Complete, On(dayBeforeTask).Kind);

        var due = On(taskDay);
        Assert.Equal(ConsentStatusKind.MilestoneDue, due.Kind);
        Assert.Equal(milestone, due.MilestoneAge);
        Assert.Equal(DateOnly.Parse(birthday, System.Globalization.CultureInfo.InvariantCulture), due.MilestoneBirthday);
        Assert.Equal(Youth.Id, Assert.Single(due.Missing).PersonId);
        Assert.True(due.AllowsInterview);

        Assert.Equal(ConsentStatusKind.MilestoneDue, On(dayBeforeBirthday).Kind);
        Assert.Equal(ConsentStatusKind.Blocked, On(birthday).Kind);
    }

    [Fact]
    public void The_milestone_message_names_the_age_and_the_birthday()
    {
        var status = Evaluate(BornJune2014, new DateOnly(2026, 5, 1), Family,
            Signed(Youth, "youth-8-11", new DateOnly(2025, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)));

        Assert.Equal("De jongere wordt 12 jaar op 15-06-2026; vóór die dag is nieuwe toestemming nodig.", status.Summary.ToString());
    }

    [Fact]
    public void Consent_for_the_next_band_given_during_the_lead_time_counts_from_the_birthday()
    {
        var status = Evaluate(BornJune2014, new DateOnly(2026, 6, 15), Family,
            Signed(Youth, "youth-8-11", new DateOnly(2025, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)),
            Signed(Youth, "youth-12-15", new DateOnly(2026, 5, 1)));

        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }

    [Fact]
    public void Consent_for_the_next_band_given_before_the_lead_time_does_not_count()
    {
        var early = Signed(Youth, "youth-12-15", new DateOnly(2026, 4, 19));
        var status = Evaluate(BornJune2014, new DateOnly(2026, 6, 15), Family,
            Signed(Youth, "youth-8-11", new DateOnly(2025, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2025, 1, 10)),
            Signed(Father, "parents", new DateOnly(2025, 1, 10)),
            early);

        Assert.Equal(ConsentStatusKind.Blocked, status.Kind);
        var ignored = Assert.Single(status.Ignored);
        Assert.Equal(early, ignored.Consent);
        Assert.Equal("gegeven op 19-04-2026, toen de jongere 11 jaar was; formulier 'youth-12-15' is niet voor die leeftijd", ignored.Reason.ToString());
    }

    [Fact]
    public void An_assent_signed_by_a_12_year_old_does_not_count()
    {
        var status = Evaluate(BornJune2014, new DateOnly(2026, 11, 22), Family,
            Signed(Youth, "youth-8-11", new DateOnly(2026, 7, 1)),
            Signed(Mother, "parents", new DateOnly(2026, 7, 1)),
            Signed(Father, "parents", new DateOnly(2026, 7, 1)));

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        Assert.Single(status.Ignored);
    }

    // 2026 is not a leap year, so someone born on 29 February 2008 turns 18 on 1 March 2026;
    // 2020 is a leap year, so they turned 12 on 29 February 2020.
    [Theory]
    [InlineData(18, "youth-16-17", "2024-06-01", "2026-01-03", "2026-01-04", "2026-02-28", "2026-03-01")]
    [InlineData(12, "youth-8-11", "2018-06-01", "2020-01-03", "2020-01-04", "2020-02-28", "2020-02-29")]
    public void A_leap_day_birth_reaches_the_milestone_on_the_real_birthday(
        int milestone, string formBefore, string signed, string dayBeforeTask, string taskDay, string dayBeforeBirthday, string birthday)
    {
        var dateOfBirth = new DateOnly(2008, 2, 29);
        var day = (string d) => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture);
        RecordedConsent[] consents =
        [
            Signed(Youth, formBefore, day(signed)),
            Signed(Mother, "parents", day(signed)),
            Signed(Father, "parents", day(signed)),
        ];
        ConsentStatus On(string d) => Evaluate(dateOfBirth, day(d), Family, consents);

        Assert.Equal(ConsentStatusKind.Complete, On(dayBeforeTask).Kind);
        Assert.Equal(ConsentStatusKind.MilestoneDue, On(taskDay).Kind);
        var lastDay = On(dayBeforeBirthday);
        Assert.Equal(ConsentStatusKind.MilestoneDue, lastDay.Kind);
        Assert.Equal(milestone - 1, lastDay.Age);
        Assert.Equal(day(birthday), lastDay.MilestoneBirthday);
        var blocked = On(birthday);
        Assert.Equal(ConsentStatusKind.Blocked, blocked.Kind);
        Assert.Equal(milestone, blocked.Age);
    }

    [Fact]
    public void The_milestone_task_date_is_8_weeks_before_a_leap_day_birthday_in_a_non_leap_year()
    {
        var milestone = ConsentTestData.DefaultPolicy().MilestoneAt(18)!;

        Assert.Equal(new DateOnly(2026, 1, 4), milestone.TaskDate(new DateOnly(2008, 2, 29)));
    }

    [Fact]
    public void Consent_dated_before_the_release_of_its_template_version_is_invalid()
    {
        var templates = ConsentTestData.StandardTemplates();
        templates[0] = ConsentTestData.Template("parents", ConsentAudience.Parents, released: new DateOnly(2026, 3, 1));
        var tooEarly = Signed(Father, "parents", new DateOnly(2026, 2, 28));

        var status = Evaluator(templates).Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family,
            [Signed(Youth, "youth-12-15", new DateOnly(2026, 3, 1)), Signed(Mother, "parents", new DateOnly(2026, 3, 1)), tooEarly]);

        Assert.Equal(["toestemming van gezaghebbende 2"], MissingTexts(status));
        var ignored = Assert.Single(status.Ignored);
        Assert.Equal("gegeven op 28-02-2026, vóór de vrijgave van formulier 'parents' versie 1 op 01-03-2026", ignored.Reason.ToString());
    }

    [Fact]
    public void A_version_that_requires_reconsent_invalidates_consent_on_earlier_versions()
    {
        var templates = ConsentTestData.StandardTemplates();
        templates.Add(ConsentTestData.Template("parents", ConsentAudience.Parents, version: 2, released: new DateOnly(2026, 6, 1), requiresReconsent: true));
        templates.Add(ConsentTestData.Template("parents", ConsentAudience.Parents, version: 3, released: new DateOnly(2026, 9, 1)));
        RecordedConsent[] consents =
        [
            Signed(Youth, "youth-12-15", new DateOnly(2026, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2026, 1, 10)),
            Signed(Father, "parents", new DateOnly(2026, 7, 1), version: 2),
        ];

        var status = Evaluator(templates).Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family, consents);

        Assert.Equal(["toestemming van gezaghebbende 1"], MissingTexts(status));
        Assert.Equal("formulier 'parents' versie 1 is vervangen door versie 2, waarvoor opnieuw toestemming nodig is", Assert.Single(status.Ignored).Reason.ToString());
    }

    [Fact]
    public void A_new_version_without_reconsent_leaves_consent_on_earlier_versions_valid()
    {
        var templates = ConsentTestData.StandardTemplates();
        templates.Add(ConsentTestData.Template("parents", ConsentAudience.Parents, version: 2, released: new DateOnly(2026, 6, 1)));

        var status = Evaluator(templates).Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family,
            [Signed(Youth, "youth-12-15", new DateOnly(2026, 1, 10)), Signed(Mother, "parents", new DateOnly(2026, 1, 10)), Signed(Father, "parents", new DateOnly(2026, 7, 1), version: 2)]);

        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }

    [Fact]
    public void Re_consent_on_one_language_also_invalidates_the_other_languages_of_earlier_versions()
    {
        var templates = ConsentTestData.StandardTemplates();
        templates.Add(ConsentTestData.Template("parents", ConsentAudience.Parents, language: "en"));
        templates.Add(ConsentTestData.Template("parents", ConsentAudience.Parents, version: 2, requiresReconsent: true));

        var status = Evaluator(templates).Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), [Youth, Guardian],
            [Signed(Youth, "youth-12-15", new DateOnly(2026, 1, 10)), Signed(Guardian, "parents", new DateOnly(2026, 1, 10), language: "en")]);

        Assert.Equal(["toestemming van de voogd"], MissingTexts(status));
    }

    [Fact]
    public void Withdrawn_consent_does_not_count_and_is_not_a_milestone_block()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family,
            Signed(Youth, "youth-12-15", new DateOnly(2026, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2026, 1, 10)),
            Signed(Father, "parents", new DateOnly(2026, 1, 10), withdrawn: true));

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        Assert.Equal(["toestemming van gezaghebbende 2"], MissingTexts(status));
        Assert.Equal("de toestemming is ingetrokken", Assert.Single(status.Ignored).Reason.ToString());
    }

    [Fact]
    public void A_young_adult_enrolled_at_19_without_consent_is_missing_not_blocked()
    {
        var status = Evaluate(new DateOnly(2007, 5, 1), new DateOnly(2026, 11, 22), [Youth]);

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        Assert.Equal(["eigen toestemming van de jongvolwassene (formulier 18+)"], MissingTexts(status));
    }

    [Fact]
    public void A_child_under_8_has_no_consent_rule()
    {
        var status = Evaluate(new DateOnly(2019, 5, 1), new DateOnly(2026, 11, 22), Family);

        Assert.Equal(ConsentStatusKind.Missing, status.Kind);
        Assert.Equal(["het toestemmingsbeleid kent geen regel voor een jongere van 7 jaar"], MissingTexts(status));
    }

    [Fact]
    public void Consents_that_cannot_count_say_why()
    {
        var stranger = new CasePerson(Guid.NewGuid(), PersonRole.ParentalAuthority);
        var templates = ConsentTestData.StandardTemplates();
        templates.Add(ConsentTestData.Template("info-parents", ConsentAudience.Parents, kind: ConsentKind.Information));

        var status = Evaluator(templates).Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), Family,
        [
            Signed(stranger, "parents", new DateOnly(2026, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2026, 12, 1)),
            Signed(Mother, "parents", new DateOnly(2026, 1, 10), version: 9),
            Signed(Father, "info-parents", new DateOnly(2026, 1, 10)),
        ]);

        Assert.Equal(
            [
                "de persoon die tekende hoort niet (meer) bij deze casus",
                "de datum 01-12-2026 ligt in de toekomst",
                "formulier 'parents' versie 9 (nl) is onbekend",
                "formulier 'info-parents' is een informatiebrief, geen toestemmingsformulier",
            ],
            status.Ignored.Select(i => i.Reason.ToString()));
        Assert.Equal(3, status.Missing.Count);
    }

    [Fact]
    public void Professionals_never_need_to_consent_on_the_youths_behalf()
    {
        var status = Evaluate(new DateOnly(2013, 1, 10), new DateOnly(2026, 11, 22), [Youth, Mother, Professional],
            Signed(Youth, "youth-12-15", new DateOnly(2026, 1, 10)),
            Signed(Mother, "parents", new DateOnly(2026, 1, 10)));

        Assert.Equal(ConsentStatusKind.Complete, status.Kind);
    }
}
