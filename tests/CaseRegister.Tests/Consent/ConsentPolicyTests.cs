using CaseRegister.Web.Consent;

namespace CaseRegister.Tests.Consent;

public class ConsentPolicyTests
{
    // Line numbers below refer to this text: line 1 is "version: 1".
    // Line numbers below refer to this text: line 1 is "version: 1". It is the WMO minimum
    // (no parents at 16-17), which a study may choose; the shipped default is stricter.
    private const string Valid = """
        version: 1
        bands:
          - from_age: 8
            to_age: 11
            requires:
              - who: parents
                audience: parents
              - who: youth
                audience: youth-8-11
          - from_age: 12
            to_age: 15
            requires:
              - who: parents
                audience: parents
              - who: youth
                audience: youth-12-15
          - from_age: 16
            to_age: 17
            requires:
              - who: youth
                audience: youth-16-17
          - from_age: 18
            requires:
              - who: youth
                audience: young-adult
        milestones:
          - age: 12
            active: true
            lead_weeks: 8
          - age: 16
            active: false
            lead_weeks: 8
          - age: 18
            active: true
            lead_weeks: 8
        """;

    private static List<string> Errors(string yaml)
    {
        var ex = Assert.Throws<ConsentFileException>(() => ConsentPolicy.Parse(yaml, "beleid.yaml"));
        return [.. ex.Errors.Select(e => e.ToString())];
    }

    private static string With(string find, string replace) => Valid.Replace(find, replace, StringComparison.Ordinal);

    [Fact]
    public void The_shipped_policy_loads_with_the_default_rules_of_the_spec()
    {
        var policy = ConsentTestData.DefaultPolicy();

        Assert.Equal(
            [(8, 11), (12, 15), (16, 17), (18, (int?)null)],
            policy.Bands.Select(b => (b.FromAge, b.ToAge)).ToList());
        Assert.Equal(
            [
                new ConsentRequirement(ConsentParty.Parents, ConsentAudience.Parents),
                new ConsentRequirement(ConsentParty.Youth, ConsentAudience.Youth8To11),
            ],
            policy.BandFor(9)!.Requirements);
        Assert.Equal(
            [ConsentAudience.Parents, ConsentAudience.Youth12To15],
            policy.BandFor(15)!.Requirements.Select(r => r.Audience).Order().ToList());
        Assert.Equal(
            [ConsentAudience.Parents, ConsentAudience.Youth16To17],
            policy.BandFor(17)!.Requirements.Select(r => r.Audience).Order().ToList());
        Assert.Equal(
            [new ConsentRequirement(ConsentParty.Youth, ConsentAudience.YoungAdult)],
            policy.BandFor(40)!.Requirements);
        Assert.Null(policy.BandFor(7));
    }

    [Fact]
    public void The_shipped_policy_has_active_milestones_at_12_and_18_and_an_inactive_one_at_16()
    {
        var policy = ConsentTestData.DefaultPolicy();

        Assert.Equal(
            [new ConsentMilestone(12, true, 8), new ConsentMilestone(16, false, 8), new ConsentMilestone(18, true, 8)],
            policy.Milestones);
    }

    [Fact]
    public void A_milestone_task_is_due_eight_weeks_before_the_birthday()
    {
        var milestone = ConsentTestData.DefaultPolicy().MilestoneAt(18)!;
        var dateOfBirth = new DateOnly(2008, 7, 1);

        Assert.Equal(new DateOnly(2026, 7, 1), milestone.Birthday(dateOfBirth));
        Assert.Equal(new DateOnly(2026, 5, 6), milestone.TaskDate(dateOfBirth));
    }

    [Fact]
    public void Milestone_tasks_are_open_from_the_task_date_until_the_day_before_the_birthday()
    {
        var policy = ConsentTestData.DefaultPolicy();
        var dateOfBirth = new DateOnly(2014, 6, 15);

        Assert.Empty(policy.MilestoneTasksOpenOn(dateOfBirth, new DateOnly(2026, 4, 19)));
        Assert.Equal(12, Assert.Single(policy.MilestoneTasksOpenOn(dateOfBirth, new DateOnly(2026, 4, 20))).Age);
        Assert.Equal(12, Assert.Single(policy.MilestoneTasksOpenOn(dateOfBirth, new DateOnly(2026, 6, 14))).Age);
        Assert.Empty(policy.MilestoneTasksOpenOn(dateOfBirth, new DateOnly(2026, 6, 15)));
        // The inactive milestone at 16 never opens a task.
        Assert.Empty(policy.MilestoneTasksOpenOn(dateOfBirth, new DateOnly(2030, 6, 1)));
    }

    [Fact]
    public void A_valid_policy_parses()
    {
        var policy = ConsentPolicy.Parse(Valid, "beleid.yaml");

        Assert.Equal(4, policy.Bands.Count);
        Assert.Equal(1, policy.Version);
    }

    [Fact]
    public void A_gap_between_bands_is_named_with_file_and_line()
    {
        Assert.Equal(
            ["beleid.yaml, regel 22: leeftijden 18 tot en met 19 jaar vallen in geen enkele leeftijdsgroep."],
            Errors(With("- from_age: 18", "- from_age: 20")));
    }

    [Fact]
    public void Overlapping_bands_are_named_with_file_and_line()
    {
        var errors = Errors(With("- from_age: 12", "- from_age: 11"));

        Assert.Contains("beleid.yaml, regel 10: de leeftijdsgroep vanaf 11 jaar overlapt met de vorige groep (tot en met 11 jaar).", errors);
    }

    [Fact]
    public void The_first_band_must_start_at_the_inclusion_age()
    {
        Assert.Equal(
            ["beleid.yaml, regel 3: de eerste leeftijdsgroep moet bij 8 jaar beginnen (inclusie vanaf 8 jaar), niet bij 9."],
            Errors(With("- from_age: 8", "- from_age: 9")));
    }

    [Fact]
    public void The_last_band_must_be_open_so_that_youths_past_18_are_covered()
    {
        Assert.Equal(
            ["beleid.yaml, regel 22: de laatste leeftijdsgroep moet open zijn (geen to_age), zodat elke leeftijd vanaf 8 jaar een regel heeft."],
            Errors(With("- from_age: 18\n", "- from_age: 18\n    to_age: 23\n")));
    }

    [Fact]
    public void An_open_band_must_be_the_last()
    {
        Assert.Contains(
            "beleid.yaml, regel 17: alleen de laatste leeftijdsgroep mag zonder to_age (open naar boven).",
            Errors(With("    to_age: 17\n", "")));
    }

    [Fact]
    public void An_unknown_field_is_named_with_file_and_line()
    {
        Assert.Equal(
            ["beleid.yaml, regel 29: onbekend veld 'lead_week'.", "beleid.yaml, regel 27: verplicht veld 'lead_weeks' ontbreekt."],
            Errors(With("active: true\n    lead_weeks: 8\n  - age: 16", "active: true\n    lead_week: 8\n  - age: 16")));
    }

    [Fact]
    public void A_band_without_the_youth_is_refused()
    {
        var errors = Errors(With("  - who: youth\n        audience: young-adult", "  - who: parents\n        audience: parents"));

        Assert.Contains("beleid.yaml, regel 22: de leeftijdsgroep vanaf 18 jaar vraagt geen toestemming of instemming van de jongere; die is altijd nodig.", errors);
        Assert.Contains("beleid.yaml, regel 22: vanaf 18 jaar beslist de jongvolwassene zelf; de leeftijdsgroep vanaf 18 jaar kan geen toestemming van gezaghebbenden vragen.", errors);
    }

    [Fact]
    public void Dropping_the_parents_below_16_is_refused()
    {
        var errors = Errors(With("- who: parents\n        audience: parents\n      - who: youth\n        audience: youth-12-15", "- who: youth\n        audience: youth-12-15"));

        Assert.Equal(["beleid.yaml, regel 10: onder 16 jaar is toestemming van de gezaghebbenden of voogd wettelijk nodig (WMO); de leeftijdsgroep vanaf 12 jaar vraagt die niet."], errors);
    }

    [Fact]
    public void A_form_for_another_age_is_refused()
    {
        Assert.Contains(
            "beleid.yaml, regel 9: formulier voor doelgroep 'youth-12-15' is niet bedoeld voor de leeftijdsgroep vanaf 8 jaar.",
            Errors(With("audience: youth-8-11", "audience: youth-12-15")));
    }

    [Fact]
    public void A_parents_form_for_the_youth_is_refused()
    {
        Assert.Contains(
            "beleid.yaml, regel 25: formulier voor doelgroep 'parents' past niet bij 'youth'.",
            Errors(With("audience: young-adult", "audience: parents")));
    }

    [Fact]
    public void Unknown_people_and_forms_are_named()
    {
        var errors = Errors(With("- who: parents\n        audience: parents\n      - who: youth\n        audience: youth-8-11", "- who: ouders\n        audience: parents\n      - who: youth\n        audience: kind"));

        Assert.Equal(
            [
                "beleid.yaml, regel 6: onbekende persoon 'ouders'; kies uit youth, parents.",
                "beleid.yaml, regel 9: onbekende doelgroep 'kind'; kies uit parents, youth-8-11, youth-12-15, youth-16-17, young-adult.",
            ],
            errors);
    }

    [Fact]
    public void Every_band_boundary_needs_a_milestone()
    {
        Assert.Equal(
            ["beleid.yaml, regel 22: bij de grens van 18 jaar hoort een mijlpaal (met active: true of false)."],
            Errors(With("  - age: 18\n    active: true\n    lead_weeks: 8", "")));
    }

    [Fact]
    public void A_milestone_off_a_band_boundary_is_refused()
    {
        Assert.Contains(
            "beleid.yaml, regel 33: mijlpaal 17 jaar valt niet op de grens tussen twee leeftijdsgroepen.",
            Errors(With("  - age: 18\n", "  - age: 17\n")));
    }

    [Fact]
    public void An_active_milestone_where_nothing_changes_is_refused()
    {
        var yaml = With(
            "  - from_age: 8\n    to_age: 11\n",
            "  - from_age: 8\n    to_age: 9\n    requires:\n      - who: parents\n        audience: parents\n      - who: youth\n        audience: youth-8-11\n  - from_age: 10\n    to_age: 11\n")
            + "\n  - age: 10\n    active: true\n    lead_weeks: 8\n";

        Assert.Equal(["beleid.yaml, regel 43: mijlpaal 10 jaar is actief, maar op die leeftijd verandert de vereiste toestemming niet."], Errors(yaml));
    }

    [Fact]
    public void Lead_weeks_outside_one_to_52_are_refused()
    {
        Assert.Contains("beleid.yaml, regel 29: 0 in veld 'lead_weeks' moet tussen 1 en 52 liggen.", Errors(With("lead_weeks: 8\n  - age: 16", "lead_weeks: 0\n  - age: 16")));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var error = Assert.Single(Errors(With("    to_age: 11", "    to_age: 11\n  requires: [")));

        Assert.StartsWith("beleid.yaml, regel ", error, StringComparison.Ordinal);
        Assert.Contains("de YAML is niet geldig", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_policy_file_is_reported_by_name()
    {
        var ex = Assert.Throws<ConsentFileException>(() => ConsentPolicy.Load("/geen/beleid.yaml"));

        Assert.Equal("Het bestand met het toestemmingsbeleid '/geen/beleid.yaml' bestaat niet.", ex.Message);
    }
}
