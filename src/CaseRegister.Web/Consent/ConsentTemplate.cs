namespace CaseRegister.Web.Consent;

// One version of one consent form or information letter in one language, as loaded from
// consent-templates/. Body is the Markdown after the front matter, line endings LF, without
// leading blank lines and with exactly one trailing newline: the exact text the hash is built on.
public sealed record ConsentTemplate(
    string FileName,
    string Id,
    int Version,
    string Language,
    ConsentAudience Audience,
    ConsentKind Kind,
    int MinAge,
    int? MaxAge,
    bool RequiresReconsent,
    DateOnly Released,
    string Title,
    string Body)
{
    public bool IsSignable => Kind != ConsentKind.Information;
}
