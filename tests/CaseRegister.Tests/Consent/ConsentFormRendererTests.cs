using System.Security.Cryptography;
using System.Text;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;

namespace CaseRegister.Tests.Consent;

public class ConsentFormRendererTests
{
    private static readonly ConsentFormValues Values =
        new("Leren van casuïstiek", "ZW-2026-001", "dr. A. de Vries", "a.devries@example.nl, 010-1234567", new DateOnly(2026, 3, 9), PersonRole.ParentalAuthority);

    private static ConsentTemplate Template(string body, string language = "nl") =>
        ConsentTestData.Template("parents", ConsentAudience.Parents, language: language) with { Body = body };

    [Fact]
    public void Placeholders_are_filled_in_the_text_and_in_the_html()
    {
        var form = ConsentFormRenderer.Render(
            Template("# {{study_name}}\n\nCode {{research_code}}, {{date}}, {{person_role}}.\n\n{{coordinator_name}} ({{coordinator_contact}})\n"), Values);

        Assert.Equal(
            "# Leren van casuïstiek\n\nCode ZW-2026-001, 09-03-2026, ouder met gezag.\n\ndr. A. de Vries (a.devries@example.nl, 010-1234567)\n",
            form.Text);
        Assert.Equal(
            "<h1>Leren van casuïstiek</h1>\n<p>Code ZW-2026-001, 09-03-2026, ouder met gezag.</p>\n<p>dr. A. de Vries (a.devries@example.nl, 010-1234567)</p>\n",
            form.Html);
        Assert.Equal(("parents", 1, "nl"), (form.TemplateId, form.Version, form.Language));
    }

    [Fact]
    public void A_script_tag_in_a_value_is_html_encoded()
    {
        var form = ConsentFormRenderer.Render(Template("Coördinator: {{coordinator_name}}\n"), Values with { CoordinatorName = "<script>alert('x')</script>" });

        Assert.DoesNotContain("<script", form.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", form.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", form.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_never_read_as_markdown()
    {
        var form = ConsentFormRenderer.Render(Template("Naam: {{coordinator_name}}\n"), Values with { CoordinatorName = "*Jan* [klik](javascript:alert(1))" });

        Assert.Equal("<p>Naam: *Jan* [klik](javascript:alert(1))</p>\n", form.Html);
    }

    [Fact]
    public void Raw_html_in_a_template_is_shown_as_text()
    {
        var form = ConsentFormRenderer.Render(Template("<div onclick=\"x()\">Tekst</div>\n\nZin met <script>alert(1)</script> erin.\n"), Values);

        Assert.DoesNotContain("<div", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", form.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;Tekst&lt;/div&gt;", form.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", form.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_value_does_not_reach_the_form()
    {
        var form = ConsentFormRenderer.Render(Template("Contact: {{coordinator_contact}}\n"), Values with { CoordinatorContact = "010-1234567\r\n\r\n# kop" });

        Assert.Equal("Contact: 010-1234567 # kop\n", form.Text);
    }

    [Fact]
    public void The_person_role_is_printed_in_the_language_of_the_form()
    {
        var dutch = ConsentFormRenderer.Render(Template("{{person_role}}\n"), Values with { PersonRole = PersonRole.Guardian });
        var english = ConsentFormRenderer.Render(Template("{{person_role}}\n", "en"), Values with { PersonRole = PersonRole.Guardian });

        Assert.Equal("voogd\n", dutch.Text);
        Assert.Equal("legal guardian\n", english.Text);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_utf8_filled_text_in_lowercase_hex()
    {
        var form = ConsentFormRenderer.Render(Template("Code {{research_code}} – ë\n"), Values);

        Assert.Equal("Code ZW-2026-001 – ë\n", form.Text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Code ZW-2026-001 – ë\n"))), form.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", form.Sha256);
    }

    [Fact]
    public void The_hash_of_a_known_text_is_fixed()
    {
        // Pins the definition: changing what is hashed would silently orphan stored consent hashes.
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ConsentFormRenderer.Hash(""));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ConsentFormRenderer.Hash("abc"));
    }

    [Fact]
    public void The_hash_is_stable_for_the_same_template_and_values()
    {
        var template = Template("# Formulier\n\nCode {{research_code}}\n");

        Assert.Equal(ConsentFormRenderer.Render(template, Values).Sha256, ConsentFormRenderer.Render(template, Values).Sha256);
    }

    [Fact]
    public void The_hash_changes_when_the_text_changes()
    {
        var template = Template("# Formulier\n\nCode {{research_code}}\n");
        var original = ConsentFormRenderer.Render(template, Values).Sha256;

        Assert.NotEqual(original, ConsentFormRenderer.Render(template with { Body = "# Formulier\n\nCode: {{research_code}}\n" }, Values).Sha256);
        Assert.NotEqual(original, ConsentFormRenderer.Render(template, Values with { ResearchCode = "ZW-2026-002" }).Sha256);
    }

    [Fact]
    public void Templates_with_windows_line_endings_hash_like_their_unix_twins()
    {
        static string Shipped(string lineEnding) => """
            ---
            id: parents
            version: 1
            title: T
            audience: parents
            min_age: 8
            max_age: 17
            language: nl
            kind: consent
            requires_reconsent: false
            released: 2026-01-05
            ---
            # Titel

            Code {{research_code}}
            """.ReplaceLineEndings(lineEnding);
        ConsentTemplate Load(string text) => Assert.Single(ConsentTemplateCatalog.Parse([new("a.md", text)]).Templates);

        Assert.Equal(
            ConsentFormRenderer.Render(Load(Shipped("\n")), Values).Sha256,
            ConsentFormRenderer.Render(Load(Shipped("\r\n")), Values).Sha256);
    }
}
