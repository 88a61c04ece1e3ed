using CaseRegister.Web.Consent;

namespace CaseRegister.Tests.Consent;

public class ConsentTemplateCatalogTests
{
    private const string FrontMatter = """
        ---
        id: parents
        version: 1
        title: Toestemming ouders
        audience: parents
        min_age: 8
        max_age: 17
        language: nl
        kind: consent
        requires_reconsent: false
        released: 2026-01-05
        ---

        """;

    private static string File(string body = "# Toestemming\n\nOnderzoek {{study_name}}, code {{research_code}}.\n") => FrontMatter + body;

    private static ConsentTemplateCatalog Parse(params (string Name, string Text)[] files) =>
        ConsentTemplateCatalog.Parse(files.Select(f => new KeyValuePair<string, string>(f.Name, f.Text)));

    private static List<string> Errors(params (string Name, string Text)[] files)
    {
        var ex = Assert.Throws<ConsentFileException>(() => Parse(files));
        return [.. ex.Errors.Select(e => e.ToString())];
    }

    [Fact]
    public void Every_shipped_template_loads()
    {
        var catalog = ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder);

        Assert.Equal(14, catalog.Templates.Count);
        Assert.All(catalog.Templates, t => Assert.Equal(1, t.Version));
    }

    [Fact]
    public void Every_audience_has_a_Dutch_form_and_a_Dutch_information_letter()
    {
        var catalog = ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder);
        var on = new DateOnly(2026, 11, 22);

        foreach (var audience in Enum.GetValues<ConsentAudience>())
        {
            Assert.NotNull(catalog.CurrentForm(audience, "nl", on));
            Assert.NotNull(catalog.CurrentInformationLetter(audience, "nl", on));
        }
        Assert.Equal(ConsentKind.Assent, catalog.CurrentForm(ConsentAudience.Youth8To11, "nl", on)!.Kind);
    }

    [Fact]
    public void Parents_and_young_adult_forms_and_letters_also_exist_in_English()
    {
        var catalog = ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder);
        var on = new DateOnly(2026, 11, 22);

        foreach (var audience in new[] { ConsentAudience.Parents, ConsentAudience.YoungAdult })
        {
            Assert.NotNull(catalog.CurrentForm(audience, "en", on));
            Assert.NotNull(catalog.CurrentInformationLetter(audience, "en", on));
        }
    }

    [Fact]
    public void Every_form_the_default_policy_asks_for_is_shipped()
    {
        var catalog = ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder);
        var policy = ConsentTestData.DefaultPolicy();

        foreach (var requirement in policy.Bands.SelectMany(b => b.Requirements))
        {
            var form = catalog.CurrentForm(requirement.Audience, "nl", new DateOnly(2026, 11, 22));
            Assert.NotNull(form);
            Assert.True(form.MinAge <= policy.Bands.First(b => b.Requirements.Contains(requirement)).FromAge);
        }
    }

    [Fact]
    public void A_template_is_read_with_all_its_front_matter()
    {
        var template = Assert.Single(Parse(("parents.nl.v1.md", File())).Templates);

        Assert.Equal(
            new ConsentTemplate("parents.nl.v1.md", "parents", 1, "nl", ConsentAudience.Parents, ConsentKind.Consent, 8, 17, false,
                new DateOnly(2026, 1, 5), "Toestemming ouders", "# Toestemming\n\nOnderzoek {{study_name}}, code {{research_code}}.\n"),
            template);
    }

    [Fact]
    public void An_unknown_field_is_named_with_file_and_line()
    {
        var errors = Errors(("parents.nl.v1.md", File().Replace("audience: parents", "audiance: parents", StringComparison.Ordinal)));

        Assert.Contains("parents.nl.v1.md, regel 5: onbekend veld 'audiance'.", errors);
        Assert.Contains("parents.nl.v1.md, regel 2: verplicht veld 'audience' ontbreekt.", errors);
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        var errors = Errors(("a.md", File().Replace("released: 2026-01-05\n", "", StringComparison.Ordinal)));

        Assert.Equal(["a.md, regel 2: verplicht veld 'released' ontbreekt."], errors);
    }

    [Theory]
    [InlineData("version: 1", "version: 0", "a.md, regel 3: versie '0' is ongeldig; gebruik een heel getal vanaf 1.")]
    [InlineData("version: 1", "version: 1.1", "a.md, regel 3: versie '1.1' is ongeldig; gebruik een heel getal vanaf 1.")]
    [InlineData("audience: parents", "audience: ouders", "a.md, regel 5: onbekende doelgroep 'ouders'; kies uit parents, youth-8-11, youth-12-15, youth-16-17, young-adult.")]
    [InlineData("language: nl", "language: de", "a.md, regel 8: onbekende taal 'de'; kies uit nl, en.")]
    [InlineData("kind: consent", "kind: assent", "a.md, regel 9: soort 'assent' past niet bij doelgroep 'parents'; instemming (assent) hoort bij youth-8-11, toestemming (consent) bij de andere doelgroepen.")]
    [InlineData("requires_reconsent: false", "requires_reconsent: nee", "a.md, regel 10: 'nee' in veld 'requires_reconsent' moet true of false zijn.")]
    [InlineData("released: 2026-01-05", "released: 05-01-2026", "a.md, regel 11: '05-01-2026' in veld 'released' is geen geldige datum; gebruik jjjj-mm-dd.")]
    [InlineData("max_age: 17", "max_age: 7", "a.md, regel 7: max_age (7) is lager dan min_age (8).")]
    [InlineData("min_age: 8", "min_age: acht", "a.md, regel 6: 'acht' in veld 'min_age' is geen geldig heel getal.")]
    [InlineData("id: parents", "id: Ouders Formulier", "a.md, regel 2: id 'Ouders Formulier' is ongeldig; gebruik kleine letters, cijfers en streepjes.")]
    [InlineData("title: Toestemming ouders", "title: ''", "a.md, regel 4: veld 'title' is leeg.")]
    [InlineData("min_age: 8", "min_age: 8\nmin_age: 9", "a.md, regel 7: veld 'min_age' staat er meer dan één keer in.")]
    public void A_bad_front_matter_value_is_named_with_file_and_line(string field, string replacement, string expected)
    {
        var errors = Errors(("a.md", File().Replace(field, replacement, StringComparison.Ordinal)));

        Assert.Equal([expected], errors);
    }

    [Fact]
    public void An_unknown_placeholder_is_named_with_its_line_in_the_body()
    {
        var errors = Errors(("a.md", File("# Titel\n\nBeste {{naam_ouder}},\n\nGroet, {{coordinator_name}}\n")));

        Assert.Equal(
            ["a.md, regel 15: onbekende invulplek '{{naam_ouder}}'; toegestaan zijn {{study_name}}, {{research_code}}, {{coordinator_name}}, {{coordinator_contact}}, {{date}}, {{person_role}}."],
            errors);
    }

    [Fact]
    public void Stray_placeholder_braces_are_an_error()
    {
        var errors = Errors(("a.md", File("# Titel\n\nCode: {{research_code}\n")));

        Assert.Equal(["a.md, regel 15: losse '{{' buiten een geldige invulplek."], errors);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        Assert.Equal(["a.md, regel 1: het bestand begint niet met front matter (een regel '---')."], Errors(("a.md", "# Titel\n")));
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error()
    {
        var errors = Errors(("a.md", "---\nid: parents\nversion: 1\n"));

        Assert.Equal(["a.md, regel 4: de front matter wordt niet afgesloten met een regel '---'."], errors);
    }

    [Fact]
    public void A_form_without_text_is_an_error()
    {
        Assert.Equal(["a.md, regel 13: het formulier heeft geen tekst na de front matter."], Errors(("a.md", File("\n  \n"))));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var error = Assert.Single(Errors(("a.md", File().Replace("min_age: 8", "min_age: [8", StringComparison.Ordinal))));

        Assert.StartsWith("a.md, regel ", error, StringComparison.Ordinal);
        Assert.Contains("de YAML is niet geldig", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_id_version_and_language_in_two_files_is_an_error()
    {
        var errors = Errors(("parents.nl.v1.md", File()), ("parents-kopie.nl.v1.md", File()));

        Assert.Equal(["parents-kopie.nl.v1.md, regel 1: formulier 'parents' versie 1 in taal 'nl' staat ook in parents.nl.v1.md."], errors);
    }

    [Fact]
    public void Translations_of_one_version_must_agree_on_requires_reconsent()
    {
        var english = File().Replace("language: nl", "language: en", StringComparison.Ordinal)
            .Replace("requires_reconsent: false", "requires_reconsent: true", StringComparison.Ordinal);

        var errors = Errors(("parents.nl.v1.md", File()), ("parents.en.v1.md", english));

        Assert.Equal(
            ["parents.en.v1.md, regel 1: requires_reconsent van formulier 'parents' versie 1 verschilt van die in parents.nl.v1.md; alle talen van één versie moeten hierin gelijk zijn."],
            errors);
    }

    [Fact]
    public void Two_ids_for_the_same_audience_and_kind_are_an_error()
    {
        var other = File().Replace("id: parents", "id: ouders", StringComparison.Ordinal);

        var errors = Errors(("parents.nl.v1.md", File()), ("ouders.nl.v1.md", other));

        Assert.Equal(
            ["ouders.nl.v1.md, regel 1: doelgroep 'parents' heeft al een formulier van soort 'consent' met id 'parents' (parents.nl.v1.md); maak daarvan een nieuwe versie."],
            errors);
    }

    [Fact]
    public void Errors_in_several_files_are_reported_together()
    {
        var errors = Errors(
            ("a.md", File().Replace("kind: consent", "kind: toestemming", StringComparison.Ordinal)),
            ("b.md", File("{{datum}}\n").Replace("id: parents", "id: other", StringComparison.Ordinal)));

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("a.md, regel 9:", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("b.md, regel 13:", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_exception_message_lists_every_error_in_Dutch()
    {
        var ex = Assert.Throws<ConsentFileException>(() => Parse(("a.md", File().Replace("audience: parents", "audiance: parents", StringComparison.Ordinal))));

        Assert.Contains("a.md, regel 5: onbekend veld 'audiance'.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a.md, regel 2: verplicht veld 'audience' ontbreekt.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_endings_and_a_byte_order_mark_do_not_change_the_body()
    {
        var lf = Assert.Single(Parse(("a.md", File())).Templates);
        var crlf = Assert.Single(Parse(("a.md", "\uFEFF" + File().ReplaceLineEndings("\r\n"))).Templates);

        Assert.Equal(lf.Body, crlf.Body);
    }

    [Fact]
    public void The_current_form_is_the_highest_version_already_released()
    {
        var v2 = File().Replace("version: 1", "version: 2", StringComparison.Ordinal).Replace("2026-01-05", "2026-06-01", StringComparison.Ordinal);
        var v3 = File().Replace("version: 1", "version: 3", StringComparison.Ordinal).Replace("2026-01-05", "2027-01-01", StringComparison.Ordinal);
        var catalog = Parse(("v1.md", File()), ("v2.md", v2), ("v3.md", v3));

        Assert.Null(catalog.CurrentForm(ConsentAudience.Parents, "nl", new DateOnly(2026, 1, 4)));
        Assert.Equal(1, catalog.CurrentForm(ConsentAudience.Parents, "nl", new DateOnly(2026, 5, 31))!.Version);
        Assert.Equal(2, catalog.CurrentForm(ConsentAudience.Parents, "nl", new DateOnly(2026, 6, 1))!.Version);
        Assert.Equal(3, catalog.CurrentForm(ConsentAudience.Parents, "nl", new DateOnly(2027, 1, 1))!.Version);
        Assert.Null(catalog.CurrentForm(ConsentAudience.Parents, "en", new DateOnly(2027, 1, 1)));
        Assert.Null(catalog.CurrentInformationLetter(ConsentAudience.Parents, "nl", new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void A_template_is_found_by_id_version_and_language()
    {
        var catalog = Parse(("v1.md", File()));

        Assert.Equal("v1.md", catalog.Find("parents", 1, "nl")!.FileName);
        Assert.Null(catalog.Find("parents", 2, "nl"));
        Assert.Null(catalog.Find("parents", 1, "en"));
    }

    [Fact]
    public void A_missing_template_folder_is_reported_by_name()
    {
        var ex = Assert.Throws<ConsentFileException>(() => ConsentTemplateCatalog.Load("/geen/map"));

        Assert.Equal("De map met toestemmingsformulieren '/geen/map' bestaat niet.", ex.Message);
    }
}
