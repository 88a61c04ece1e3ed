using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Consent;

public sealed partial class ConsentTemplateCatalog
{
    public static readonly IReadOnlyList<string> Placeholders =
        ["study_name", "research_code", "coordinator_name", "coordinator_contact", "date", "person_role"];

    private static readonly string[] Fields =
        ["id", "version", "title", "audience", "min_age", "max_age", "language", "kind", "requires_reconsent", "released"];

    private static readonly string[] Braces = ["{{", "}}"];

    private static readonly string[] RequiredFields = [.. Fields.Where(f => f != "max_age")];

    private readonly IReadOnlyList<ConsentTemplate> _templates;

    private ConsentTemplateCatalog(IReadOnlyList<ConsentTemplate> templates) => _templates = templates;

    public IReadOnlyList<ConsentTemplate> Templates => _templates;

    // Every *.md file in the folder except README files, which document the folder for people.
    public static ConsentTemplateCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ConsentFileException([new ConsentMessage(ConsentTexts.TemplateFolderMissing, folder)]);
        var files = Directory.EnumerateFiles(folder, "*.md")
            .Where(path => !Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new KeyValuePair<string, string>(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        if (files.Count == 0)
            throw new ConsentFileException([new ConsentMessage(ConsentTexts.TemplateFolderEmpty, folder)]);
        return Parse(files);
    }

    // File name → file text; the names appear in the error messages.
    public static ConsentTemplateCatalog Parse(IEnumerable<KeyValuePair<string, string>> files)
    {
        var errors = new List<ConsentMessage>();
        var templates = new List<ConsentTemplate>();
        foreach (var (fileName, text) in files)
        {
            var template = ParseFile(fileName, text, errors);
            if (template is not null) templates.Add(template);
        }
        CheckAcrossFiles(templates, errors);
        if (errors.Count > 0) throw new ConsentFileException(errors);
        return new ConsentTemplateCatalog(templates);
    }

    public ConsentTemplate? Find(string id, int version, string language) =>
        _templates.SingleOrDefault(t => t.Id == id && t.Version == version && t.Language == language);

    // The form to print today: the highest version already released. A version with a release date
    // in the future can be shipped ahead of time without being handed out early.
    public ConsentTemplate? CurrentForm(ConsentAudience audience, string language, DateOnly on) =>
        Current(audience, language, on, signable: true);

    public ConsentTemplate? CurrentInformationLetter(ConsentAudience audience, string language, DateOnly on) =>
        Current(audience, language, on, signable: false);

    private ConsentTemplate? Current(ConsentAudience audience, string language, DateOnly on, bool signable) =>
        _templates
            .Where(t => t.Audience == audience && t.Language == language && t.IsSignable == signable && t.Released <= on)
            .MaxBy(t => t.Version);

    private static ConsentTemplate? ParseFile(string fileName, string text, List<ConsentMessage> errors)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var fileErrors = new List<ConsentMessage>();
        if (lines[0].TrimEnd() != "---")
        {
            errors.Add(new ConsentMessage(ConsentTexts.NoFrontMatter, fileName, 1));
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            errors.Add(new ConsentMessage(ConsentTexts.UnclosedFrontMatter, fileName, lines.Length));
            return null;
        }

        // Line 1 is the opening '---', so YAML line n is file line n + 1.
        var yaml = new YamlFields(fileName, 1, fileErrors);
        var root = yaml.Load(string.Join('\n', lines[1..close]));
        var fields = yaml.LoadFailed ? null : yaml.Mapping(root, 2, Fields, RequiredFields);
        ConsentTemplate? template = null;
        if (fields is not null)
            template = ReadFrontMatter(yaml, fields, lines, close + 1);
        errors.AddRange(fileErrors);
        return fileErrors.Count == 0 ? template : null;
    }

    private static ConsentTemplate? ReadFrontMatter(YamlFields yaml, Dictionary<string, YamlNode> fields, string[] lines, int bodyStart)
    {
        var id = yaml.Text(fields, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            yaml.Error(ConsentTexts.BadId, yaml.Line(fields["id"]), id);
            id = null;
        }

        int? version = null;
        var versionText = yaml.Text(fields, "version");
        if (versionText is not null)
        {
            if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1)
                version = v;
            else
                yaml.Error(ConsentTexts.BadVersion, yaml.Line(fields["version"]), versionText);
        }

        ConsentAudience? audience = null;
        var audienceText = yaml.Text(fields, "audience");
        if (audienceText is not null)
        {
            if (ConsentAudiences.TryParseAudience(audienceText, out var a)) audience = a;
            else yaml.Error(ConsentTexts.UnknownAudience, yaml.Line(fields["audience"]), audienceText, ConsentAudiences.AllNames);
        }

        ConsentKind? kind = null;
        var kindText = yaml.Text(fields, "kind");
        if (kindText is not null)
        {
            if (ConsentAudiences.TryParseKind(kindText, out var k)) kind = k;
            else yaml.Error(ConsentTexts.UnknownKind, yaml.Line(fields["kind"]), kindText, ConsentAudiences.AllKindNames);
        }
        if (audience is { } au && kind is { } ki && !KindFits(au, ki))
            yaml.Error(ConsentTexts.KindDoesNotFitAudience, yaml.Line(fields["kind"]), ki.Name(), au.Name());

        var language = yaml.Text(fields, "language");
        if (language is not null && !ConsentAudiences.Languages.Contains(language))
        {
            yaml.Error(ConsentTexts.UnknownLanguage, yaml.Line(fields["language"]), language, string.Join(", ", ConsentAudiences.Languages));
            language = null;
        }

        var minAge = yaml.Integer(fields, "min_age", 0, 120);
        var maxAge = fields.ContainsKey("max_age") ? yaml.Integer(fields, "max_age", 0, 120) : null;
        if (minAge is { } min && maxAge is { } max && max < min)
            yaml.Error(ConsentTexts.MaxAgeBelowMinAge, yaml.Line(fields["max_age"]), max, min);

        var requiresReconsent = yaml.Boolean(fields, "requires_reconsent");
        var released = yaml.Date(fields, "released");
        var title = yaml.Text(fields, "title");

        var body = ReadBody(yaml, lines, bodyStart);

        if (id is null || version is null || audience is null || kind is null || language is null || minAge is null
            || requiresReconsent is null || released is null || title is null || body is null)
            return null;
        return new ConsentTemplate(yaml.FileName, id, version.Value, language, audience.Value, kind.Value, minAge.Value, maxAge,
            requiresReconsent.Value, released.Value, title, body);
    }

    // An assent is a child's agreement, so only the 8–11 audience signs one; everyone else consents.
    private static bool KindFits(ConsentAudience audience, ConsentKind kind) => kind switch
    {
        ConsentKind.Assent => audience == ConsentAudience.Youth8To11,
        ConsentKind.Consent => audience != ConsentAudience.Youth8To11,
        _ => true,
    };

    private static string? ReadBody(YamlFields yaml, string[] lines, int bodyStart)
    {
        var ok = true;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (Match match in PlaceholderPattern().Matches(line))
            {
                var name = match.Groups[1].Value;
                if (!Placeholders.Contains(name))
                {
                    yaml.Error(ConsentTexts.UnknownPlaceholder, i + 1, match.Value, string.Join(", ", Placeholders.Select(p => "{{" + p + "}}")));
                    ok = false;
                }
            }
            var rest = PlaceholderPattern().Replace(line, "");
            foreach (var stray in Braces.Where(s => rest.Contains(s, StringComparison.Ordinal)))
            {
                yaml.Error(ConsentTexts.StrayBraces, i + 1, stray);
                ok = false;
            }
        }
        var body = string.Join('\n', lines[bodyStart..]).TrimStart('\n').TrimEnd();
        if (body.Length == 0)
        {
            yaml.Error(ConsentTexts.EmptyBody, bodyStart + 1, []);
            return null;
        }
        return ok ? body + "\n" : null;
    }

    private static void CheckAcrossFiles(List<ConsentTemplate> templates, List<ConsentMessage> errors)
    {
        var seen = new List<ConsentTemplate>();
        foreach (var t in templates)
        {
            var same = seen.FirstOrDefault(s => s.Id == t.Id && s.Version == t.Version && s.Language == t.Language);
            if (same is not null)
                errors.Add(new ConsentMessage(ConsentTexts.DuplicateTemplate, t.FileName, 1, t.Id, t.Version, t.Language, same.FileName));

            var sameId = seen.FirstOrDefault(s => s.Id == t.Id);
            if (sameId is not null && (sameId.Audience != t.Audience || sameId.Kind != t.Kind))
                errors.Add(new ConsentMessage(ConsentTexts.InconsistentAudience, t.FileName, 1, t.Id, sameId.FileName));

            // Current() picks the highest version per audience and kind, which only means something
            // when one id carries all versions of that form.
            var rival = seen.FirstOrDefault(s => s.Id != t.Id && s.Audience == t.Audience && s.IsSignable == t.IsSignable);
            if (rival is not null)
                errors.Add(new ConsentMessage(ConsentTexts.AudienceAlreadyHasTemplate, t.FileName, 1, t.Audience.Name(), t.Kind.Name(), rival.Id, rival.FileName));

            var translation = seen.FirstOrDefault(s => s.Id == t.Id && s.Version == t.Version && s.Language != t.Language);
            if (translation is not null && translation.RequiresReconsent != t.RequiresReconsent)
                errors.Add(new ConsentMessage(ConsentTexts.InconsistentReconsent, t.FileName, 1, t.Id, t.Version, translation.FileName));

            seen.Add(t);
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
