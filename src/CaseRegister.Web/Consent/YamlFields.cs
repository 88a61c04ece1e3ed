using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Consent;

// Reads YAML the way the consent files need it: every value with its line in the file, and every
// problem collected as a Dutch message instead of stopping at the first.
internal sealed class YamlFields(string fileName, int lineOffset, List<ConsentMessage> errors)
{
    public string FileName => fileName;

    public int ErrorCount => errors.Count;

    public int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

    public void Error(string format, int line, params object[] args) =>
        errors.Add(new ConsentMessage(format, [fileName, line, .. args]));

    // Null for an empty document and for broken YAML; LoadFailed tells them apart.
    public YamlNode? Load(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            LoadFailed = true;
            var line = (int)ex.Start.Line + lineOffset;
            const string duplicate = "Duplicate key ";
            if (ex.Message.StartsWith(duplicate, StringComparison.Ordinal))
                Error(ConsentTexts.DuplicateField, line, ex.Message[duplicate.Length..]);
            else
                Error(ConsentTexts.YamlSyntax, line, ex.Message);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The scanner gives up this way on some unterminated constructs ("[8"); the last event
            // it did read is the nearest line there is.
            LoadFailed = true;
            var line = (int)(parser.Current?.End.Line ?? 1) + lineOffset;
            Error(ConsentTexts.YamlSyntax, line, ex.Message);
            return null;
        }
    }

    public bool LoadFailed { get; private set; }

    // The mapping's fields by name; unknown fields are reported, missing required ones too (at
    // the line where the mapping starts, since a missing field has no line of its own).
    public Dictionary<string, YamlNode>? Mapping(YamlNode? node, int lineIfEmpty, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> required)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(ConsentTexts.NotAMapping, node is null ? lineIfEmpty : Line(node));
            return null;
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
                Error(ConsentTexts.UnknownField, Line(keyNode), key);
            else
                fields[key] = value;
        }
        foreach (var key in required.Where(k => !fields.ContainsKey(k)))
            Error(ConsentTexts.MissingField, Line(mapping), key);
        return fields;
    }

    public string? Text(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node)) return null;
        if (node is not YamlScalarNode scalar)
        {
            Error(ConsentTexts.NotAScalar, Line(node), key);
            return null;
        }
        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0)
        {
            Error(ConsentTexts.EmptyField, Line(node), key);
            return null;
        }
        return value;
    }

    public int? Integer(Dictionary<string, YamlNode> fields, string key, int min, int max)
    {
        var text = Text(fields, key);
        if (text is null) return null;
        var line = Line(fields[key]);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error(ConsentTexts.BadNumber, line, text, key);
            return null;
        }
        if (value < min || value > max)
        {
            Error(ConsentTexts.NumberOutOfRange, line, value, key, min, max);
            return null;
        }
        return value;
    }

    public bool? Boolean(Dictionary<string, YamlNode> fields, string key)
    {
        var text = Text(fields, key);
        if (text is null) return null;
        if (text is "true") return true;
        if (text is "false") return false;
        Error(ConsentTexts.BadBoolean, Line(fields[key]), text, key);
        return null;
    }

    public DateOnly? Date(Dictionary<string, YamlNode> fields, string key)
    {
        var text = Text(fields, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(ConsentTexts.BadDate, Line(fields[key]), text, key);
        return null;
    }

    public IReadOnlyList<YamlNode>? List(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node)) return null;
        if (node is not YamlSequenceNode sequence)
        {
            Error(ConsentTexts.NotAList, Line(node), key);
            return null;
        }
        if (sequence.Children.Count == 0)
        {
            Error(ConsentTexts.EmptyList, Line(node), key);
            return null;
        }
        return [.. sequence.Children];
    }
}
