using CaseRegister.Web.Domain;
using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Protocols;

// Turns one protocol file into a Protocol, or records every problem it finds and returns null.
internal static class ProtocolParser
{
    private static readonly string[] RootKeys = ["id", "version", "wave", "informant", "title", "intro", "domains"];
    private static readonly string[] DomainKeys = ["id", "title", "intro", "items"];
    private static readonly string[] CommonItemKeys = ["id", "type", "label", "help", "required"];

    public static readonly IReadOnlyDictionary<string, ItemType> TypeNames = new Dictionary<string, ItemType>(StringComparer.Ordinal)
    {
        ["scale"] = ItemType.Scale,
        ["single_choice"] = ItemType.SingleChoice,
        ["multiple_choice"] = ItemType.MultipleChoice,
        ["number"] = ItemType.Number,
        ["date"] = ItemType.Date,
        ["yes_no"] = ItemType.YesNo,
        ["text"] = ItemType.Text,
    };

    private static readonly Dictionary<ItemType, string[]> TypeKeys = new()
    {
        [ItemType.Scale] = ["min", "max", "anchors"],
        [ItemType.SingleChoice] = ["options"],
        [ItemType.MultipleChoice] = ["options"],
        [ItemType.Number] = ["min", "max", "decimals", "unit"],
        [ItemType.Date] = [],
        [ItemType.YesNo] = [],
        [ItemType.Text] = [],
    };

    private static readonly string[] AllItemKeys = [.. CommonItemKeys, .. TypeKeys.Values.SelectMany(k => k).Distinct()];

    public const int MaxDecimals = 6;

    public sealed record Parsed(Protocol Protocol, int IdLine, IReadOnlyDictionary<string, int> ItemLines);

    public static Parsed? Parse(YamlFileContext file, YamlNode root, string expectedId, int expectedVersion, string sha256)
    {
        var errorsBefore = file.ErrorCount;
        if (MappingReader.AsMapping(file, root, "het protocol") is not { } rootMapping)
            return null;

        var reader = new MappingReader(file, rootMapping, "het protocol", RootKeys);
        var id = reader.Identifier("id", MappingReader.ProtocolId(), "kleine letters, cijfers en koppeltekens, bijvoorbeeld t0-youth");
        var version = reader.Int("version", required: true);
        var wave = reader.Enum<WaveKind>("wave");
        var informant = reader.Enum<Informant>("informant");
        var title = reader.String("title", required: true);
        var intro = reader.String("intro", required: false);

        if (id is not null && id != expectedId)
            file.Error(reader.Find("id")!, $"het id '{id}' komt niet overeen met de bestandsnaam (verwacht: '{expectedId}').");
        if (version is { } v)
        {
            if (v < 1)
                file.Error(reader.Find("version")!, $"de versie moet 1 of hoger zijn (nu: {v}).");
            else if (v != expectedVersion)
                file.Error(reader.Find("version")!, $"de versie in het bestand ({v}) komt niet overeen met de bestandsnaam (v{expectedVersion}).");
        }

        var domains = new List<ProtocolDomain>();
        var domainLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemLines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.Sequence("domains", required: true) is { } domainNodes)
        {
            foreach (var domainNode in domainNodes)
            {
                if (ParseDomain(file, domainNode, domainLines, itemLines) is { } domain)
                    domains.Add(domain);
            }
        }

        if (file.ErrorCount > errorsBefore || id is null || version is null || wave is null || informant is null || title is null)
            return null;

        var protocol = new Protocol(id, version.Value, wave.Value, informant.Value, title, intro, domains, file.FileName, sha256);
        return new Parsed(protocol, reader.LineOf("id"), itemLines);
    }

    private static ProtocolDomain? ParseDomain(YamlFileContext file, YamlNode node, Dictionary<string, int> domainLines, Dictionary<string, int> itemLines)
    {
        if (MappingReader.AsMapping(file, node, "een domein") is not { } mapping)
            return null;

        var reader = new MappingReader(file, mapping, "een domein", DomainKeys);
        var id = reader.Identifier("id", MappingReader.SnakeCase(), "kleine letters, cijfers en liggende streepjes, bijvoorbeeld care_history");
        var what = id is null ? "een domein" : $"domein '{id}'";
        var title = reader.String("title", required: true);
        var intro = reader.String("intro", required: false);

        if (id is not null && !domainLines.TryAdd(id, reader.LineOf("id")))
            file.Error(reader.Find("id")!, $"domein-id '{id}' komt twee keer voor (eerder op regel {domainLines[id]}).");

        var items = new List<ProtocolItem>();
        if (reader.Sequence("items", required: true) is { } itemNodes)
        {
            foreach (var itemNode in itemNodes)
            {
                if (ParseItem(file, itemNode, what, itemLines) is { } item)
                    items.Add(item);
            }
        }

        return id is null || title is null ? null : new ProtocolDomain(id, title, intro, items);
    }

    private static ProtocolItem? ParseItem(YamlFileContext file, YamlNode node, string domainWhat, Dictionary<string, int> itemLines)
    {
        if (MappingReader.AsMapping(file, node, $"een item in {domainWhat}") is not { } mapping)
            return null;

        // The type decides which keys are allowed, so it is looked at before the strict reader runs.
        var typeText = (mapping.Children.TryGetValue(new YamlScalarNode("type"), out var typeNode) ? typeNode as YamlScalarNode : null)?.Value?.Trim();
        ItemType? type = typeText is not null && TypeNames.TryGetValue(typeText, out var known) ? known : null;
        var idText = (mapping.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? idNode as YamlScalarNode : null)?.Value?.Trim();
        var what = string.IsNullOrEmpty(idText) ? $"een item in {domainWhat}" : $"item '{idText}'";

        var allowed = type is { } t ? [.. CommonItemKeys, .. TypeKeys[t]] : AllItemKeys;
        var reader = new MappingReader(file, mapping, what, allowed, type is null ? null : $" (type {typeText})");

        var id = reader.Identifier("id", MappingReader.SnakeCase(), "kleine letters, cijfers en liggende streepjes, bijvoorbeeld school_type");
        if (id is not null && !itemLines.TryAdd(id, reader.LineOf("id")))
            file.Error(reader.Find("id")!, $"item-id '{id}' komt twee keer voor (eerder op regel {itemLines[id]}).");

        if (reader.String("type", required: true) is { } rawType && type is null)
            file.Error(reader.Find("type")!, $"onbekend itemtype '{rawType}' bij {what}. Kies uit: {string.Join(", ", TypeNames.Keys)}.");

        var label = reader.String("label", required: true);
        var help = reader.String("help", required: false);
        var required = reader.Bool("required", defaultValue: false);

        if (type is null)
            return null;

        decimal? min = null, max = null;
        var decimals = 0;
        string? unit = null;
        IReadOnlyList<ScaleAnchor> anchors = [];
        IReadOnlyList<ItemOption> options = [];

        switch (type.Value)
        {
            case ItemType.Scale:
                (min, max, anchors) = ParseScale(file, reader, what);
                break;
            case ItemType.Number:
                min = reader.Decimal("min");
                max = reader.Decimal("max");
                if (min is { } lo && max is { } hi && lo >= hi)
                    file.Error(reader.Find("min")!, $"bij {what} moet min kleiner zijn dan max (nu: min {lo}, max {hi}).");
                if (reader.Int("decimals", required: false) is { } d)
                {
                    if (d is < 0 or > MaxDecimals)
                        file.Error(reader.Find("decimals")!, $"'decimals' bij {what} moet tussen 0 en {MaxDecimals} liggen (nu: {d}).");
                    else
                        decimals = d;
                }

                if ((min is { } minimum && DecimalPlaces(minimum) > decimals) || (max is { } maximum && DecimalPlaces(maximum) > decimals))
                    file.Error(reader.Find("min") ?? reader.Find("max")!, $"min en max bij {what} hebben meer cijfers achter de komma dan 'decimals' ({decimals}) toestaat.");
                unit = reader.String("unit", required: false);
                break;
            case ItemType.SingleChoice:
            case ItemType.MultipleChoice:
                options = ParseOptions(file, reader, what, type.Value);
                break;
        }

        return id is null || label is null
            ? null
            : new ProtocolItem(id, type.Value, label, help, required, min, max, decimals, unit, anchors, options);
    }

    private static (decimal? Min, decimal? Max, IReadOnlyList<ScaleAnchor> Anchors) ParseScale(YamlFileContext file, MappingReader reader, string what)
    {
        var min = reader.Int("min", required: true);
        var max = reader.Int("max", required: true);
        var rangeOk = min is not null && max is not null;
        if (rangeOk && min >= max)
        {
            file.Error(reader.Find("min")!, $"bij {what} moet min kleiner zijn dan max (nu: min {min}, max {max}).");
            rangeOk = false;
        }

        var anchors = new List<ScaleAnchor>();
        if (reader.Mapping("anchors", required: true) is { } anchorNodes)
        {
            foreach (var (keyNode, valueNode) in anchorNodes.Children)
            {
                var keyText = (keyNode as YamlScalarNode)?.Value;
                if (!int.TryParse(keyText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    file.Error(keyNode, $"ankerwaarde '{keyText}' bij {what} moet een geheel getal zijn.");
                    continue;
                }

                var label = (valueNode as YamlScalarNode)?.Value?.Trim();
                if (string.IsNullOrEmpty(label))
                {
                    file.Error(valueNode, $"anker {value} bij {what} heeft geen label.");
                    continue;
                }

                if (rangeOk && (value < min || value > max))
                    file.Error(keyNode, $"anker {value} bij {what} ligt buiten de schaal ({min} tot {max}).");
                anchors.Add(new ScaleAnchor(value, label));
            }

            // Without labelled end points the numbers mean different things to different informants.
            if (rangeOk)
            {
                foreach (var end in new[] { min!.Value, max!.Value }.Where(e => anchors.All(a => a.Value != e)))
                    file.Error(anchorNodes, $"{what} heeft geen ankerlabel voor de uiterste waarde {end}.");
            }
        }

        return (min, max, anchors.OrderBy(a => a.Value).ToList());
    }

    private static List<ItemOption> ParseOptions(YamlFileContext file, MappingReader reader, string what, ItemType type)
    {
        var options = new List<ItemOption>();
        var optionNode = reader.Find("options");
        if (optionNode is null || optionNode is YamlScalarNode { Value: null or "" } || optionNode is YamlSequenceNode { Children.Count: 0 })
        {
            file.Error(optionNode ?? reader.Node, $"{what} heeft geen antwoordopties (options); een keuzevraag heeft die nodig.");
            return options;
        }

        if (reader.Sequence("options", required: true) is not { } nodes)
            return options;

        string[] optionKeys = type == ItemType.MultipleChoice ? ["code", "label", "exclusive"] : ["code", "label"];
        var codeLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (MappingReader.AsMapping(file, node, $"een antwoordoptie bij {what}") is not { } mapping)
                continue;
            var optionReader = new MappingReader(file, mapping, $"een antwoordoptie bij {what}", optionKeys);
            var code = optionReader.Identifier("code", MappingReader.OptionCode(), "letters, cijfers en liggende streepjes, bijvoorbeeld special_education");
            var label = optionReader.String("label", required: true);
            var exclusive = optionReader.Bool("exclusive", defaultValue: false);
            if (code is not null && !codeLines.TryAdd(code, optionReader.LineOf("code")))
                file.Error(optionReader.Find("code")!, $"antwoordcode '{code}' komt twee keer voor bij {what} (eerder op regel {codeLines[code]}).");
            else if (code is not null && label is not null)
                options.Add(new ItemOption(code, label, exclusive));
        }

        if (type == ItemType.SingleChoice && codeLines.Count == 1)
            file.Error(nodes, $"{what} heeft minstens twee antwoordopties nodig.");
        return options;
    }

    public static int DecimalPlaces(decimal value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.TrimEnd('0').Length - dot - 1;
    }
}
