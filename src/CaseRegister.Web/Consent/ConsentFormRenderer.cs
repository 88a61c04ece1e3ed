using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CaseRegister.Web.Domain;
using Markdig;

namespace CaseRegister.Web.Consent;

public sealed record ConsentFormValues(
    string StudyName,
    string ResearchCode,
    string CoordinatorName,
    string CoordinatorContact,
    DateOnly Date,
    PersonRole PersonRole);

// Text is what Sha256 is computed over; a consent record stores TemplateId, Version, Language and
// Sha256, so the exact wording a person signed can be proven later by rendering again with the
// same values (the date on the form included).
public sealed record RenderedConsentForm(string TemplateId, int Version, string Language, string Html, string Text, string Sha256);

public static partial class ConsentFormRenderer
{
    // Templates are Markdown only: raw HTML in a template is shown as text, never passed through.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Dictionary<string, int> PlaceholderIndex =
        ConsentTemplateCatalog.Placeholders.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);

    // Rendering a form:
    // - Text: the template body (LF line endings) with every placeholder replaced by its plain value
    //   (values on one line; dates dd-MM-yyyy). The hash is SHA-256 over the UTF-8 bytes of Text
    //   (no byte order mark), written as 64 lowercase hex digits.
    // - Html: Markdig's HTML of the body with each placeholder replaced by its HTML-encoded value.
    //   Placeholders go through Markdig as inert tokens and are only filled in afterwards, so a value
    //   is never read as Markdown (a name with '*' or '[' stays a name) nor as HTML.
    public static RenderedConsentForm Render(ConsentTemplate template, ConsentFormValues values)
    {
        var filled = ValuesByPlaceholder(values, template.Language);
        var text = PlaceholderPattern().Replace(template.Body, m => filled[m.Groups[1].Value]);

        var tokenised = PlaceholderPattern().Replace(template.Body, m => Token(m.Groups[1].Value));
        // One pass, so a value that happens to contain a token is never expanded a second time.
        var html = TokenPattern().Replace(Markdown.ToHtml(tokenised, Pipeline),
            m => Encoder.Encode(filled[ConsentTemplateCatalog.Placeholders[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]]));

        return new RenderedConsentForm(template.Id, template.Version, template.Language, html, text, Hash(text));
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // The role is printed on the form itself, so it is in the form's language whatever the UI
    // language of the person printing it.
    public static string PersonRoleLabel(PersonRole role, string language) => (role, language) switch
    {
        (PersonRole.Youth, "en") => "young person",
        (PersonRole.ParentalAuthority, "en") => "parent with parental authority",
        (PersonRole.Guardian, "en") => "legal guardian",
        (PersonRole.Professional, "en") => "professional",
        (PersonRole.Youth, _) => "jongere",
        (PersonRole.ParentalAuthority, _) => "ouder met gezag",
        (PersonRole.Guardian, _) => "voogd",
        _ => "professional",
    };

    private static Dictionary<string, string> ValuesByPlaceholder(ConsentFormValues values, string language) => new(StringComparer.Ordinal)
    {
        ["study_name"] = OneLine(values.StudyName),
        ["research_code"] = OneLine(values.ResearchCode),
        ["coordinator_name"] = OneLine(values.CoordinatorName),
        ["coordinator_contact"] = OneLine(values.CoordinatorContact),
        ["date"] = values.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        ["person_role"] = PersonRoleLabel(values.PersonRole, language),
    };

    // A line break inside a value would change the Markdown structure around it and put CR/LF
    // into the hashed text.
    private static string OneLine(string value) => WhitespaceRun().Replace(value.Trim(), " ");

    // Letters and digits only, so Markdig passes a token through untouched wherever it stands.
    private static string Token(string placeholder) =>
        "zzconsentph" + PlaceholderIndex[placeholder].ToString(CultureInfo.InvariantCulture) + "zz";

    [GeneratedRegex("zzconsentph([0-9])zz")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
