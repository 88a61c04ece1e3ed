using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

// Each test breaks a valid folder in one place and checks that the error names the file, the
// line of the offending YAML and what is wrong.
public sealed class ProtocolFileErrorTests : IDisposable
{
    private const string File = "t0-youth.v1.yaml";
    private readonly ProtocolFolder _folder = ProtocolFolder.WithValidSet();

    public void Dispose() => _folder.Dispose();

    private string WriteYouthT0(string extraItems)
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth, extraItems);
        _folder.Write(File, text);
        return text;
    }

    private static ProtocolError Single(IReadOnlyList<ProtocolError> errors, string file, string messagePart)
    {
        var matching = errors.Where(e => e.File == file && e.Message.Contains(messagePart, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"expected one error in {file} containing \"{messagePart}\", got:\n" + string.Join("\n", errors));
        return matching[0];
    }

    [Fact]
    public void The_valid_test_set_loads_so_every_other_test_here_fails_for_its_own_reason()
    {
        var catalog = _folder.Load();

        Assert.Equal(6, catalog.All.Count);
    }

    [Fact]
    public void A_protocol_with_a_duplicate_item_id_is_rejected_naming_file_and_line()
    {
        var text = WriteYouthT0("""
                  - id: school_type
                    type: text
                    label: Schooltype
                  - id: school_type # second
                    type: text
                    label: Nog een keer
            """);

        var error = Single(_folder.LoadErrors(), File, "item-id 'school_type' komt twee keer voor");

        Assert.Equal(ProtocolFolder.LineOf(text, "school_type # second"), error.Line);
        Assert.Contains($"eerder op regel {ProtocolFolder.LineOf(text, "school_type")}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}, regel {error.Line}: item-id 'school_type' komt twee keer voor", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_item_id_in_two_domains_of_one_protocol_is_rejected()
    {
        var text = WriteYouthT0("""
              - id: second
                title: Tweede domein
                items:
                  - id: strengths # again
                    type: text
                    label: Sterke kanten in woorden
            """);

        var error = Single(_folder.LoadErrors(), File, "item-id 'strengths' komt twee keer voor");

        Assert.Equal(ProtocolFolder.LineOf(text, "strengths # again"), error.Line);
    }

    [Fact]
    public void Bad_indentation_is_reported_as_a_yaml_syntax_error_with_its_line()
    {
        var text = WriteYouthT0("""
                  - id: broken
                     type: text
                    label: Verkeerd ingesprongen
            """);

        var error = Single(_folder.LoadErrors(), File, "YAML-opbouw klopt niet");

        Assert.Equal(ProtocolFolder.LineOf(text, "   type: text\n        label: Verkeerd"), error.Line);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_its_own_line()
    {
        var text = WriteYouthT0("      - id: tabbed\n\t    type: text\n        label: Tab\n");

        var error = Single(_folder.LoadErrors(), File, "tab in de inspringing");

        Assert.Equal(ProtocolFolder.LineOf(text, "\t"), error.Line);
    }

    [Fact]
    public void An_unclosed_flow_mapping_is_reported_with_a_line_instead_of_crashing()
    {
        var text = WriteYouthT0("""
                  - id: flow
                    type: scale
                    label: Vlak
                    min: 0
                    max: 2
                    anchors: { 0: Laag, 2: Hoog
            """);

        var error = Single(_folder.LoadErrors(), File, "YAML-opbouw klopt niet");

        Assert.Equal(ProtocolFolder.LineOf(text, "anchors: {"), error.Line);
    }

    [Fact]
    public void A_duplicate_key_in_one_block_is_reported_with_its_line()
    {
        var text = WriteYouthT0("""
                  - id: twice
                    type: text
                    label: Eerste label
                    label: Tweede label
            """);

        var error = Single(_folder.LoadErrors(), File, "de sleutel 'label' komt twee keer voor");

        Assert.Equal(ProtocolFolder.LineOf(text, "label: Tweede label"), error.Line);
    }

    [Fact]
    public void An_unknown_key_on_an_item_is_rejected_and_the_allowed_keys_are_listed()
    {
        var text = WriteYouthT0("""
                  - id: school_type
                    type: text
                    lable: Schooltype
            """);

        var errors = _folder.LoadErrors();
        var error = Single(errors, File, "onbekende sleutel 'lable'");

        Assert.Equal(ProtocolFolder.LineOf(text, "lable:"), error.Line);
        Assert.Contains("item 'school_type'", error.Message, StringComparison.Ordinal);
        Assert.Contains("label", error.Message.Split("Toegestaan zijn:")[1], StringComparison.Ordinal);
        // The misspelt key also means the label is missing; both are reported in one run.
        Assert.Contains(errors, e => e.Message == "'label' ontbreekt bij item 'school_type'.");
    }

    [Fact]
    public void A_key_that_belongs_to_another_item_type_is_rejected()
    {
        var text = WriteYouthT0("""
                  - id: note
                    type: text
                    label: Notitie
                    min: 0
            """);

        var error = Single(_folder.LoadErrors(), File, "onbekende sleutel 'min'");

        Assert.Equal(ProtocolFolder.LineOf(text, "min: 0", after: "id: note"), error.Line);
        Assert.StartsWith("onbekende sleutel 'min' bij item 'note' (type text). Toegestaan zijn: id, type, label, help, required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_at_the_top_of_a_protocol_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth).Replace("title: Testprotocol", "titel: Testprotocol", StringComparison.Ordinal);
        _folder.Write(File, text);

        var errors = _folder.LoadErrors();

        Assert.Equal(ProtocolFolder.LineOf(text, "titel:"), Single(errors, File, "onbekende sleutel 'titel' bij het protocol").Line);
        Assert.Equal(1, Single(errors, File, "'title' ontbreekt bij het protocol").Line);
    }

    [Theory]
    [InlineData("School-Type")]
    [InlineData("2nd_goal")]
    [InlineData("school type")]
    public void An_item_id_that_is_not_snake_case_is_rejected(string id)
    {
        var text = WriteYouthT0($"      - id: {id}\n        type: text\n        label: Schooltype\n");

        var error = Single(_folder.LoadErrors(), File, $"'{id}' is geen geldige id bij item '{id}'");

        Assert.Equal(ProtocolFolder.LineOf(text, $"id: {id}"), error.Line);
    }

    [Fact]
    public void An_unknown_item_type_is_rejected_and_the_known_types_are_listed()
    {
        var text = WriteYouthT0("""
                  - id: mood
                    type: slider
                    label: Stemming
            """);

        var error = Single(_folder.LoadErrors(), File, "onbekend itemtype 'slider'");

        Assert.Equal(ProtocolFolder.LineOf(text, "type: slider"), error.Line);
        Assert.Contains("scale, single_choice, multiple_choice, number, date, yes_no, text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_a_label_is_rejected_on_the_line_where_the_item_starts()
    {
        var text = WriteYouthT0("""
                  - id: unlabelled
                    type: yes_no
                    help: Er is geen label
            """);

        var error = Single(_folder.LoadErrors(), File, "'label' ontbreekt bij item 'unlabelled'");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: unlabelled"), error.Line);
    }

    [Fact]
    public void An_empty_label_is_rejected()
    {
        var text = WriteYouthT0("""
                  - id: blank_label
                    type: yes_no
                    label: ""
            """);

        var error = Single(_folder.LoadErrors(), File, "'label' bij item 'blank_label' is leeg");

        Assert.Equal(ProtocolFolder.LineOf(text, "label: \"\""), error.Line);
    }

    [Fact]
    public void A_scale_whose_min_is_not_below_its_max_is_rejected()
    {
        var text = WriteYouthT0("""
                  - id: upside_down
                    type: scale
                    label: Omgekeerd
                    min: 10
                    max: 0
                    anchors:
                      0: Laag
                      10: Hoog
            """);

        var error = Single(_folder.LoadErrors(), File, "moet min kleiner zijn dan max (nu: min 10, max 0)");

        Assert.Equal(ProtocolFolder.LineOf(text, "min: 10"), error.Line);
    }

    [Fact]
    public void A_scale_without_min_and_max_is_rejected()
    {
        var text = WriteYouthT0("""
                  - id: no_range
                    type: scale
                    label: Zonder bereik
                    anchors:
                      0: Laag
            """);

        var errors = _folder.LoadErrors();

        Assert.Equal(ProtocolFolder.LineOf(text, "id: no_range"), Single(errors, File, "'min' ontbreekt bij item 'no_range'").Line);
        Assert.Equal(ProtocolFolder.LineOf(text, "id: no_range"), Single(errors, File, "'max' ontbreekt bij item 'no_range'").Line);
    }

    [Fact]
    public void A_scale_anchor_outside_the_range_and_an_unlabelled_end_point_are_rejected()
    {
        var text = WriteYouthT0("""
                  - id: anchored
                    type: scale
                    label: Ankers
                    min: 0
                    max: 4
                    anchors:
                      0: Laag
                      5: Te hoog
            """);

        var errors = _folder.LoadErrors();

        Assert.Equal(ProtocolFolder.LineOf(text, "5: Te hoog"), Single(errors, File, "anker 5 bij item 'anchored' ligt buiten de schaal (0 tot 4)").Line);
        Assert.Equal(ProtocolFolder.LineOf(text, "0: Laag\n          5"), Single(errors, File, "geen ankerlabel voor de uiterste waarde 4").Line);
    }

    [Theory]
    [InlineData("single_choice", "")]
    [InlineData("multiple_choice", "        options: []\n")]
    public void A_choice_item_without_options_is_rejected(string type, string optionsLine)
    {
        var text = WriteYouthT0($"      - id: choose\n        type: {type}\n        label: Kies\n{optionsLine}");

        var error = Single(_folder.LoadErrors(), File, "item 'choose' heeft geen antwoordopties (options)");

        Assert.Equal(ProtocolFolder.LineOf(text, optionsLine.Length > 0 ? "options: []" : "id: choose"), error.Line);
    }

    [Fact]
    public void A_duplicate_option_code_is_rejected_on_the_line_of_the_second_code()
    {
        var text = WriteYouthT0("""
                  - id: school_situation
                    type: single_choice
                    label: Dagbesteding
                    options:
                      - code: school
                        label: School
                      - code: work
                        label: Werk
                      - code: school # again
                        label: Nog eens school
            """);

        var error = Single(_folder.LoadErrors(), File, "antwoordcode 'school' komt twee keer voor bij item 'school_situation'");

        Assert.Equal(ProtocolFolder.LineOf(text, "school # again"), error.Line);
    }

    [Theory]
    [InlineData("wave: Baseline", "wave: T0", "onbekende waarde 'T0' voor 'wave'", "Baseline, FollowUp")]
    [InlineData("wave: Baseline", "wave: 0", "onbekende waarde '0' voor 'wave'", "Baseline, FollowUp")]
    [InlineData("informant: Youth", "informant: Teacher", "onbekende waarde 'Teacher' voor 'informant'", "Youth, Parent, Professional")]
    [InlineData("informant: Youth", "informant: youth", "onbekende waarde 'youth' voor 'informant'", "Youth, Parent, Professional")]
    public void An_unknown_wave_kind_or_informant_is_rejected_and_the_known_values_are_listed(string valid, string invalid, string message, string known)
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth).Replace(valid, invalid, StringComparison.Ordinal);
        _folder.Write(File, text);

        var error = Single(_folder.LoadErrors(), File, message);

        Assert.Equal(ProtocolFolder.LineOf(text, invalid), error.Line);
        Assert.EndsWith($"Kies uit: {known}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_does_not_match_the_file_name_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-parent", 1, WaveKind.Baseline, Informant.Youth);
        _folder.Write(File, text);

        var error = Single(_folder.LoadErrors(), File, "het id 't0-parent' komt niet overeen met de bestandsnaam (verwacht: 't0-youth')");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: t0-parent"), error.Line);
    }

    [Fact]
    public void A_version_that_does_not_match_the_file_name_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth);
        _folder.Delete(File);
        _folder.Write("t0-youth.v2.yaml", text);

        var error = Single(_folder.LoadErrors(), "t0-youth.v2.yaml", "de versie in het bestand (1) komt niet overeen met de bestandsnaam (v2)");

        Assert.Equal(ProtocolFolder.LineOf(text, "version: 1"), error.Line);
    }

    [Fact]
    public void The_same_protocol_id_and_version_in_two_files_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth);
        _folder.Write("t0-youth.v1.yml", text);

        var error = Single(_folder.LoadErrors(), "t0-youth.v1.yml", "protocol 't0-youth' versie 1 komt twee keer voor (ook in t0-youth.v1.yaml)");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: t0-youth"), error.Line);
    }

    [Fact]
    public void A_protocol_file_whose_name_does_not_follow_the_pattern_is_rejected_rather_than_ignored()
    {
        _folder.Write("T0-Youth-v3.yaml", ProtocolFolder.Protocol("t0-youth", 3, WaveKind.Baseline, Informant.Youth));

        var error = Single(_folder.LoadErrors(), "T0-Youth-v3.yaml", "de naam volgt niet het patroon <id>.v<versie>.yaml");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Other_files_in_the_folder_such_as_the_consent_policy_and_the_guide_are_left_alone()
    {
        _folder.Write("consent-policy.yaml", "version: 1\nrules:\n  - minAge: 8\n");
        _folder.Write("interviewer-guide.md", "# Handleiding\n");
        _folder.Write("notes.txt", "id: : :\n");

        var catalog = _folder.Load();

        Assert.Equal(6, catalog.All.Count);
    }

    [Fact]
    public void A_follow_up_protocol_without_the_goal_attainment_item_is_rejected()
    {
        var text = ProtocolFolder.Protocol("followup-youth", 1, WaveKind.FollowUp, Informant.Youth).Replace("id: gas_goal1", "id: gas_goal_one", StringComparison.Ordinal);
        _folder.Write("followup-youth.v1.yaml", text);

        var error = Single(_folder.LoadErrors(), "followup-youth.v1.yaml", "het analyse-item 'gas_goal1' ontbreekt");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: followup-youth"), error.Line);
    }

    [Fact]
    public void A_current_setting_item_whose_codes_differ_from_the_care_settings_is_rejected_on_its_line()
    {
        var text = ProtocolFolder.Protocol("followup-youth", 1, WaveKind.FollowUp, Informant.Youth).Replace("code: FosterCare", "code: Foster", StringComparison.Ordinal);
        _folder.Write("followup-youth.v1.yaml", text);

        var error = Single(_folder.LoadErrors(), "followup-youth.v1.yaml", "'current_setting' moet een enkele keuze (single_choice) zijn met precies de codes");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: current_setting"), error.Line);
    }

    [Fact]
    public void An_outcome_scale_with_another_range_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth).Replace("max: 10\n        anchors:\n          0: Geen problemen\n          10:", "max: 5\n        anchors:\n          0: Geen problemen\n          5:", StringComparison.Ordinal);
        _folder.Write(File, text);

        var error = Single(_folder.LoadErrors(), File, "het analyse-item 'problem_severity' moet een schaal (type scale) van 0 tot 10 zijn");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: problem_severity"), error.Line);
    }

    [Fact]
    public void Two_protocol_ids_for_the_same_wave_kind_and_informant_are_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth-short", 1, WaveKind.Baseline, Informant.Youth);
        _folder.Write("t0-youth-short.v1.yaml", text);

        var error = Single(_folder.LoadErrors(), "t0-youth-short.v1.yaml", "er is al een ander protocol ('t0-youth') voor golf Baseline en informant Youth");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: t0-youth-short"), error.Line);
    }

    [Fact]
    public void A_folder_without_a_protocol_for_some_informant_is_rejected_naming_what_is_missing()
    {
        _folder.Delete("followup-parent.v1.yaml");

        var error = Assert.Single(_folder.LoadErrors());

        Assert.Null(error.Line);
        Assert.Equal("er is geen protocol voor golf FollowUp en informant Parent.", error.Message);
    }

    [Fact]
    public void A_folder_without_a_codebook_is_rejected()
    {
        _folder.Delete(ProtocolCatalog.CodebookFileName);

        var error = Assert.Single(_folder.LoadErrors());

        Assert.Equal(ProtocolCatalog.CodebookFileName, error.File);
        Assert.Contains("het codeboek ontbreekt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_reported_instead_of_throwing_a_framework_exception()
    {
        var missing = System.IO.Path.Combine(_folder.Path, "does-not-exist");

        var exception = Assert.Throws<ProtocolFileException>(() => ProtocolCatalog.Load(missing));

        Assert.Contains("de map met protocollen bestaat niet", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_code_in_the_codebook_is_rejected_even_across_groups()
    {
        var text = ProtocolFolder.Codebook("""

                  - id: motivation
                    label: Motivatie als knelpunt
                    description: Staat ook bij de expertisegebieden.
            """);
        _folder.Write(ProtocolCatalog.CodebookFileName, text);

        var error = Single(_folder.LoadErrors(), ProtocolCatalog.CodebookFileName, "code 'motivation' komt twee keer voor in het codeboek");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: motivation", after: "id: expertise_areas"), error.Line);
        Assert.Contains($"eerder op regel {ProtocolFolder.LineOf(text, "id: motivation")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_codebook_without_one_of_the_seven_context_dynamics_is_rejected()
    {
        var text = ProtocolFolder.Codebook().Replace("- id: dependency", "- id: dependence", StringComparison.Ordinal);
        _folder.Write(ProtocolCatalog.CodebookFileName, text);

        var error = Single(_folder.LoadErrors(), ProtocolCatalog.CodebookFileName, "de contextdynamiek 'dependency' ontbreekt");

        Assert.Equal(ProtocolFolder.LineOf(text, "id: context_dynamics"), error.Line);
    }

    [Fact]
    public void Every_error_in_every_file_is_reported_in_one_run()
    {
        WriteYouthT0("""
                  - id: a
                    type: slider
                    label: A
            """);
        _folder.Write("t0-parent.v1.yaml", ProtocolFolder.Protocol("t0-parent", 1, WaveKind.Baseline, Informant.Parent).Replace("wave: Baseline", "wave: Start", StringComparison.Ordinal));

        var exception = Assert.Throws<ProtocolFileException>(_folder.Load);

        Assert.Single(exception.Errors, e => e.File == File);
        Assert.Single(exception.Errors, e => e.File == "t0-parent.v1.yaml");
        Assert.Contains($"{File}, regel ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("t0-parent.v1.yaml, regel ", exception.Message, StringComparison.Ordinal);
    }
}
