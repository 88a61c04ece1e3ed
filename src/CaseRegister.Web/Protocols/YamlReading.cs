using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Protocols;

// Collects errors for one file. Every error carries the line of the YAML node it is about, so a
// coordinator editing a protocol by hand is pointed at the exact spot.
internal sealed class YamlFileContext(string fileName, List<ProtocolError> errors)
{
    private int _lineCount = int.MaxValue;

    public string FileName { get; } = fileName;

    public int ErrorCount => errors.Count;

    public void Error(YamlNode node, string message) => Error(LineOf(node), message);

    // The parser reports problems at the end of the stream one line past the last one; point at a
    // line the author can actually find.
    public void Error(int line, string message) => errors.Add(new ProtocolError(FileName, Math.Clamp(line, 1, _lineCount), message));

    public static int LineOf(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    // Returns the root node of the single document in the text, or null after recording why not.
    public YamlNode? Parse(string text)
    {
        // YamlDotNet reports a tab in the indentation on the line *before* it; checking first gives
        // the author the right line and a plain explanation.
        var lines = text.Split('\n');
        _lineCount = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (indentation < lines[i].TrimEnd('\r').Length && lines[i].AsSpan(0, indentation).Contains('\t'))
            {
                Error(i + 1, "er staat een tab in de inspringing. Gebruik alleen spaties om in te springen.");
                return null;
            }
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex) when (ex.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = ex.Message["Duplicate key".Length..].Trim();
            Error((int)Math.Max(1, ex.Start.Line), $"de sleutel '{key}' komt twee keer voor in hetzelfde blok.");
            return null;
        }
        catch (YamlException ex)
        {
            Error((int)Math.Max(1, ex.Start.Line),
                "de YAML-opbouw klopt niet. Controleer de inspringing (alleen spaties, even ver als de regels erboven), "
                + "de dubbele punten en de aanhalingstekens; zet een tekst met een dubbele punt tussen aanhalingstekens. "
                + $"(Technische melding: {ex.Message})");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Some malformed flow collections make the parser fail without a position; find the
            // last position it reached by replaying the events.
            Error(LastParsedLine(text),
                "de YAML-opbouw klopt niet (vermoedelijk een niet afgesloten { } of [ ]). "
                + $"(Technische melding: {ex.Message})");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            Error(1, "het bestand is leeg.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Error(YamlFileContext.LineOf(stream.Documents[1].RootNode),
                "het bestand bevat meer dan één YAML-document (---). Zet elk protocol in een eigen bestand.");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static int LastParsedLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        long line = 1;
        try
        {
            while (parser.MoveNext())
                line = parser.Current?.End.Line ?? line;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
        }

        return (int)Math.Max(1, line);
    }
}

// Reads one YAML mapping strictly: unknown keys, wrong node kinds and missing required keys all
// become errors with a line number, and reading continues so that one run reports every problem.
internal sealed partial class MappingReader
{
    private readonly YamlFileContext _file;
    private readonly YamlMappingNode _node;
    private readonly string _what;

    public MappingReader(YamlFileContext file, YamlMappingNode node, string what, IReadOnlyCollection<string> allowedKeys, string? keysDependOn = null)
    {
        _file = file;
        _node = node;
        _what = what;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name))
                file.Error(key, $"onbekende sleutel '{name}' bij {what}{keysDependOn}. Toegestaan zijn: {string.Join(", ", allowedKeys)}.");
        }
    }

    public YamlMappingNode Node => _node;

    public int Line => YamlFileContext.LineOf(_node);

    public static YamlMappingNode? AsMapping(YamlFileContext file, YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
            return mapping;
        file.Error(node, $"{what} moet een blok met sleutels zijn (sleutel: waarde).");
        return null;
    }

    public YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public int LineOf(string key)
    {
        foreach (var k in _node.Children.Keys)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
                return YamlFileContext.LineOf(k);
        }

        return Line;
    }

    public string? String(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
                _file.Error(_node, $"'{key}' ontbreekt bij {_what}.");
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _file.Error(node, $"'{key}' bij {_what} moet een enkele waarde zijn, geen lijst of blok.");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
                _file.Error(node, $"'{key}' bij {_what} is leeg.");
            return null;
        }

        return value;
    }

    public string? Identifier(string key, Regex pattern, string patternDescription)
    {
        var value = String(key, required: true);
        if (value is not null && !pattern.IsMatch(value))
        {
            _file.Error(Find(key)!, $"'{value}' is geen geldige {key} bij {_what}: gebruik {patternDescription}.");
            return null;
        }

        return value;
    }

    public int? Int(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        _file.Error(Find(key)!, $"'{key}' bij {_what} moet een geheel getal zijn (nu: '{text}').");
        return null;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key, required: false);
        if (text is null)
            return null;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        _file.Error(Find(key)!, $"'{key}' bij {_what} moet een getal zijn met een punt als decimaalteken (nu: '{text}').");
        return null;
    }

    public bool Bool(string key, bool defaultValue)
    {
        var text = String(key, required: false);
        switch (text)
        {
            case null:
                return defaultValue;
            case "true":
                return true;
            case "false":
                return false;
            default:
                _file.Error(Find(key)!, $"'{key}' bij {_what} moet true of false zijn (nu: '{text}').");
                return defaultValue;
        }
    }

    public TEnum? Enum<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var text = String(key, required: true);
        if (text is null)
            return null;

        // Exact names only: Enum.TryParse would also accept numbers and other casing, which would
        // let a typo through as a different value.
        if (System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
            return System.Enum.Parse<TEnum>(text);
        _file.Error(Find(key)!, $"onbekende waarde '{text}' voor '{key}' bij {_what}. Kies uit: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            if (required)
                _file.Error(node ?? _node, $"'{key}' ontbreekt of is leeg bij {_what}.");
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            if (required && sequence.Children.Count == 0)
                _file.Error(node, $"'{key}' bij {_what} is een lege lijst.");
            return sequence;
        }

        _file.Error(node, $"'{key}' bij {_what} moet een lijst zijn (regels die beginnen met '- ').");
        return null;
    }

    public YamlMappingNode? Mapping(string key, bool required)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            if (required)
                _file.Error(node ?? _node, $"'{key}' ontbreekt of is leeg bij {_what}.");
            return null;
        }

        if (node is YamlMappingNode mapping)
            return mapping;
        _file.Error(node, $"'{key}' bij {_what} moet een blok met sleutels zijn (waarde: label).");
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    public static partial Regex SnakeCase();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$")]
    public static partial Regex OptionCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex ProtocolId();
}
