using System.Globalization;
using System.Text;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Web.Analysis.Microdata;

// The codebook and the R and SPSS syntax that come with microdata.csv. Everything is derived from
// the protocol files (labels, value labels, types), so the syntax matches the protocol versions
// in use; the data themselves only decide the wave levels.
public static class MicrodataSyntax
{
    public const string CsvFile = "microdata.csv";

    public static IReadOnlyList<(string Name, string Label)> Variables { get; } =
    [
        ("research_code", "Onderzoekscode (pseudoniem)"),
        ("cohort", "Cohort"),
        ("wave", "Meting (T0, T6, ...)"),
        ("informant", "Informant"),
        ("informant_number", "Volgnummer van de informant binnen casus, meting en soort informant"),
        ("item_id", "Item (stabiel id uit het protocol)"),
        ("value", "Antwoord (code, getal, datum of tekst); leeg als het antwoord ontbreekt"),
        ("missing_code", "Reden dat het antwoord ontbreekt"),
        ("protocol_id", "Protocol"),
        ("protocol_version", "Protocolversie"),
        ("interview_date", "Datum van het gesprek (jjjj-mm-dd)"),
        ("age_at_interview", "Leeftijd van de jongere in hele jaren bij het gesprek"),
    ];

    public static IReadOnlyList<(MissingCode Code, int Number, string Label)> MissingCodes { get; } =
    [
        (MissingCode.NotAsked, -91, "Niet gevraagd"),
        (MissingCode.Refused, -92, "Geweigerd"),
        (MissingCode.NotKnown, -93, "Niet bekend"),
        (MissingCode.NotApplicable, -94, "Niet van toepassing"),
    ];

    public static IReadOnlyList<(Informant Code, string Label)> Informants { get; } =
    [
        (Informant.Youth, "Jongere"),
        (Informant.Parent, "Ouder of verzorger"),
        (Informant.Professional, "Professional"),
    ];

    // (protocol, version, item, code) → label, for single choice, multiple choice options, yes/no
    // and scale anchors.
    public static IEnumerable<(Protocol Protocol, ProtocolItem Item, string Value, string Label)> ValueLabels(ProtocolCatalog protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        foreach (var protocol in protocols.All)
            foreach (var item in protocol.Items)
            {
                if (item.Type is ItemType.SingleChoice or ItemType.MultipleChoice)
                    foreach (var option in item.Options) yield return (protocol, item, option.Code, option.Label);
                else if (item.Type == ItemType.YesNo)
                {
                    yield return (protocol, item, AnswerValidator.Yes, "Ja");
                    yield return (protocol, item, AnswerValidator.No, "Nee");
                }
                else if (item.Type == ItemType.Scale)
                    foreach (var anchor in item.Anchors) yield return (protocol, item, anchor.Value.ToString(CultureInfo.InvariantCulture), anchor.Label);
            }
    }

    public static IReadOnlyList<string> NumericItems(ProtocolCatalog protocols) =>
        protocols.All.SelectMany(p => p.Items).Where(i => i.Type is ItemType.Scale or ItemType.Number).Select(i => i.Id).Distinct().Order(StringComparer.Ordinal).ToList();

    public static string Codebook(ProtocolCatalog protocols, MicrodataHeader header)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        ArgumentNullException.ThrowIfNull(header);
        var md = new StringBuilder();
        md.Append("# Codeboek microdata-export\n\n");
        md.Append("- Gemaakt op: ").Append(header.Produced).Append('\n');
        md.Append("- Cohorten: ").Append(header.Cohorts).Append('\n');
        md.Append("- Aantal casussen: ").Append(header.Cases.ToString(CultureInfo.InvariantCulture)).Append("; aantal regels: ").Append(header.Rows.ToString(CultureInfo.InvariantCulture)).Append('\n');
        md.Append("- Vrije tekst: ").Append(header.IncludesFreeText ? "opgenomen (kolom value bij items van het type tekst)" : "niet opgenomen (items van het type tekst ontbreken)").Append('\n');
        md.Append("- Datums: ").Append(header.DatesShifted
            ? "per casus verschoven met een willekeurig aantal dagen (0 tot en met 364) naar het verleden; binnen een casus is de verschuiving overal gelijk. De verschuiving is niet bewaard en verschilt per export: voeg twee exports niet samen op datum."
            : "niet verschoven").Append('\n');
        md.Append("- Niet opgenomen: casussen die met wissing van alle gegevens zijn teruggetrokken").Append(header.DemoData ? "; dit register bevat alleen demonstratiecasussen, die zijn opgenomen" : " en demonstratiecasussen").Append(".\n\n");
        md.Append("Het bestand ").Append(CsvFile).Append(" is lang van vorm: één regel per casus, meting, informant en item. UTF-8 met byte-order mark, komma als scheidingsteken, punt als decimaalteken. ");
        md.Append("Een cel die met =, +, -, @, een tab of een regelterugloop begint en geen getal is, heeft een apostrof ervoor gekregen, zodat een spreadsheet hem niet als formule uitvoert; microdata.R en microdata.sps halen die apostrof weer weg. ");
        md.Append("Een meerkeuze-antwoord bevat de gekozen codes gescheiden door een puntkomma.\n\n");

        md.Append("## Variabelen\n\n| variabele | betekenis |\n|---|---|\n");
        foreach (var (name, label) in Variables) md.Append("| ").Append(name).Append(" | ").Append(Cell(label)).Append(" |\n");
        md.Append("\n## Informanten\n\n| code | betekenis |\n|---|---|\n");
        foreach (var (code, label) in Informants) md.Append("| ").Append(code).Append(" | ").Append(label).Append(" |\n");
        md.Append("\n## Ontbrekende antwoorden (missing_code)\n\n| code | betekenis | numerieke code in SPSS |\n|---|---|---|\n");
        foreach (var (code, number, label) in MissingCodes) md.Append("| ").Append(code).Append(" | ").Append(label).Append(" | ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        md.Append("\n## Protocolversies\n\n| protocol_id | protocol_version | meting | informant | titel | SHA-256 van het protocolbestand |\n|---|---|---|---|---|---|\n");
        foreach (var p in protocols.All)
            md.Append("| ").Append(p.Id).Append(" | ").Append(p.Version.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(p.WaveKind == WaveKind.Baseline ? "0-meting" : "vervolgmeting")
                .Append(" | ").Append(p.Informant).Append(" | ").Append(Cell(p.Title)).Append(" | ").Append(p.Sha256).Append(" |\n");
        foreach (var p in protocols.All)
        {
            md.Append("\n## ").Append(p.Id).Append(" versie ").Append(p.Version.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Cell(p.Title)).Append("\n\n");
            md.Append("| item_id | type | vraag | waarden |\n|---|---|---|---|\n");
            foreach (var item in p.Items)
                md.Append("| ").Append(item.Id).Append(" | ").Append(TypeText(item)).Append(" | ").Append(Cell(item.Label)).Append(" | ").Append(Cell(ValuesText(item, header.IncludesFreeText))).Append(" |\n");
        }
        return md.ToString();
    }

    private static string TypeText(ProtocolItem item) => item.Type switch
    {
        ItemType.Scale => $"schaal {item.Min} tot en met {item.Max}",
        ItemType.Number => $"getal{(item.Min is not null || item.Max is not null ? $" ({item.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"} tot en met {item.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"})" : "")}{(item.Unit is null ? "" : $", {item.Unit}")}",
        ItemType.SingleChoice => "enkele keuze",
        ItemType.MultipleChoice => "meerkeuze",
        ItemType.Date => "datum (jjjj-mm-dd)",
        ItemType.YesNo => "ja/nee",
        ItemType.Text => "vrije tekst",
        _ => item.Type.ToString(),
    };

    private static string ValuesText(ProtocolItem item, bool freeText) => item.Type switch
    {
        ItemType.SingleChoice or ItemType.MultipleChoice => string.Join("; ", item.Options.Select(o => $"{o.Code} = {o.Label}")),
        ItemType.YesNo => $"{AnswerValidator.Yes} = Ja; {AnswerValidator.No} = Nee",
        ItemType.Scale => string.Join("; ", item.Anchors.Select(a => $"{a.Value.ToString(CultureInfo.InvariantCulture)} = {a.Label}")),
        ItemType.Text => freeText ? "tekst" : "niet opgenomen in deze export",
        _ => "",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    public static string R(ProtocolCatalog protocols, IReadOnlyList<string> waves)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        ArgumentNullException.ThrowIfNull(waves);
        var r = new StringBuilder();
        r.Append("# Laadt de microdata-export van CaseRegister met labels (R 4.x).\n");
        r.Append("# Zet dit bestand naast ").Append(CsvFile).Append(" en voer het uit, bijvoorbeeld met source(\"microdata.R\").\n");
        r.Append("# Zie codebook.md voor de betekenis van de variabelen.\n\n");
        r.Append("microdata <- read.csv(\"").Append(CsvFile).Append("\", fileEncoding = \"UTF-8-BOM\", colClasses = \"character\",\n");
        r.Append("                      na.strings = \"\", stringsAsFactors = FALSE)\n\n");
        r.Append("# Een apostrof voor =, +, -, @, tab of regelterugloop is toegevoegd tegen formules in spreadsheets.\n");
        r.Append("unneutralise <- function(x) ifelse(!is.na(x) & grepl(\"^'[-=+@\\t\\r]\", x), substring(x, 2), x)\n");
        r.Append("microdata[] <- lapply(microdata, unneutralise)\n\n");
        r.Append("microdata$informant_number <- as.integer(microdata$informant_number)\n");
        r.Append("microdata$protocol_version <- as.integer(microdata$protocol_version)\n");
        r.Append("microdata$age_at_interview <- as.integer(microdata$age_at_interview)\n");
        r.Append("microdata$interview_date <- as.Date(microdata$interview_date)\n");
        r.Append("microdata$wave <- factor(microdata$wave, levels = ").Append(RVector(waves)).Append(")\n");
        r.Append("microdata$informant <- factor(microdata$informant,\n  levels = ").Append(RVector(Informants.Select(i => i.Code.ToString())))
            .Append(",\n  labels = ").Append(RVector(Informants.Select(i => i.Label))).Append(")\n");
        r.Append("microdata$missing_code <- factor(microdata$missing_code,\n  levels = ").Append(RVector(MissingCodes.Select(m => m.Code.ToString())))
            .Append(",\n  labels = ").Append(RVector(MissingCodes.Select(m => m.Label))).Append(")\n\n");
        r.Append("# Numerieke waarde voor schalen en getallen; NA voor andere items en ontbrekende antwoorden.\n");
        r.Append("numeric_items <- ").Append(RVector(NumericItems(protocols))).Append('\n');
        r.Append("microdata$value_num <- ifelse(microdata$item_id %in% numeric_items, suppressWarnings(as.numeric(microdata$value)), NA_real_)\n\n");

        r.Append("# Vraagteksten per protocolversie.\n");
        var items = protocols.All.SelectMany(p => p.Items.Select(i => (p, i))).ToList();
        r.Append("item_labels <- data.frame(\n");
        r.Append("  protocol_id = ").Append(RVector(items.Select(x => x.p.Id))).Append(",\n");
        r.Append("  protocol_version = ").Append(RIntVector(items.Select(x => x.p.Version))).Append(",\n");
        r.Append("  item_id = ").Append(RVector(items.Select(x => x.i.Id))).Append(",\n");
        r.Append("  label = ").Append(RVector(items.Select(x => x.i.Label))).Append(",\n");
        r.Append("  stringsAsFactors = FALSE)\n");
        r.Append("item_key <- function(d) paste(d$protocol_id, d$protocol_version, d$item_id, sep = \"\\r\")\n");
        r.Append("microdata$item_label <- item_labels$label[match(item_key(microdata), item_key(item_labels))]\n\n");

        r.Append("# Labels van antwoordcodes (enkele keuze, ja/nee, schaalankers); meerkeuze-antwoorden staan als\n");
        r.Append("# codes gescheiden door ';' in value: splits ze met strsplit(microdata$value, \";\", fixed = TRUE).\n");
        var labels = ValueLabels(protocols).Where(v => v.Item.Type != ItemType.MultipleChoice).ToList();
        r.Append("value_labels <- data.frame(\n");
        r.Append("  protocol_id = ").Append(RVector(labels.Select(x => x.Protocol.Id))).Append(",\n");
        r.Append("  protocol_version = ").Append(RIntVector(labels.Select(x => x.Protocol.Version))).Append(",\n");
        r.Append("  item_id = ").Append(RVector(labels.Select(x => x.Item.Id))).Append(",\n");
        r.Append("  value = ").Append(RVector(labels.Select(x => x.Value))).Append(",\n");
        r.Append("  label = ").Append(RVector(labels.Select(x => x.Label))).Append(",\n");
        r.Append("  stringsAsFactors = FALSE)\n");
        r.Append("value_key <- function(d) paste(item_key(d), d$value, sep = \"\\r\")\n");
        r.Append("microdata$value_label <- value_labels$label[match(value_key(microdata), value_key(value_labels))]\n\n");
        r.Append("str(microdata)\n");
        return r.ToString();
    }

    public static string Spss(ProtocolCatalog protocols, bool includesFreeText)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        var s = new StringBuilder();
        s.Append("* Laadt de microdata-export van CaseRegister met labels.\n");
        s.Append("* Zet dit bestand naast ").Append(CsvFile).Append(", open het in SPSS en kies Run > All.\n");
        s.Append("* Zie codebook.md voor de betekenis van de variabelen.\n");
        s.Append("* Staat het CSV-bestand ergens anders, pas dan het pad bij /FILE aan.\n\n");
        s.Append("GET DATA\n  /TYPE=TXT\n  /FILE='").Append(CsvFile).Append("'\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n");
        s.Append("  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n");
        s.Append("    research_code A40\n    cohort A80\n    wave A8\n    informant A12\n    informant_number F3.0\n    item_id A80\n");
        s.Append("    value A").Append(includesFreeText ? AnswerValidator.MaxTextLength.ToString(CultureInfo.InvariantCulture) : "400").Append('\n');
        s.Append("    missing_code A16\n    protocol_id A80\n    protocol_version F4.0\n    interview_date SDATE10\n    age_at_interview F3.0.\n");
        s.Append("CACHE.\nEXECUTE.\nDATASET NAME microdata WINDOW=FRONT.\n\n");
        s.Append("* Een apostrof voor =, +, -, @ is toegevoegd tegen formules in spreadsheets; hier weer weg.\n");
        // SUBSTR rather than CHAR.SUBSTR: PSPP knows only SUBSTR, and the apostrophe and the signs are
        // single bytes, so counting bytes (SPSS in Unicode mode) gives the same result.
        s.Append("IF (SUBSTR(value, 1, 1) = \"'\" AND ANY(SUBSTR(value, 2, 1), \"=\", \"+\", \"-\", \"@\")) value = SUBSTR(value, 2).\n");
        s.Append("EXECUTE.\n\n");
        s.Append("VARIABLE LABELS\n");
        s.Append(string.Join("\n", Variables.Select(v => $"  {v.Name} {SpssString(v.Label, 250)}"))).Append(".\n\n");
        s.Append("VALUE LABELS\n  informant");
        foreach (var (code, label) in Informants) s.Append(' ').Append(SpssString(code.ToString(), 120)).Append(' ').Append(SpssString(label, 120));
        s.Append("\n  /missing_code");
        foreach (var (code, _, label) in MissingCodes) s.Append(' ').Append(SpssString(code.ToString(), 120)).Append(' ').Append(SpssString(label, 120));
        s.Append(".\n\n");

        s.Append("* Numerieke waarde voor schalen en getallen; ontbrekende antwoorden krijgen -91 tot en met -94 (user missing).\n");
        s.Append("NUMERIC value_num (F10.2).\n");
        var numeric = NumericItems(protocols);
        s.Append("DO IF ANY(item_id,\n");
        s.Append(string.Join(",\n", numeric.Select(id => "    " + SpssString(id, 80)))).Append(").\n");
        // F12 without decimals: with F12.4 a "3" would be read as 0.0003 (implied decimals).
        s.Append("  COMPUTE value_num = NUMBER(value, F12).\nEND IF.\n");
        foreach (var (code, number, _) in MissingCodes)
            s.Append("IF (missing_code = ").Append(SpssString(code.ToString(), 80)).Append(") value_num = ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(".\n");
        s.Append("MISSING VALUES value_num (-94 THRU -91).\n");
        s.Append("VARIABLE LABELS value_num 'Numerieke waarde (schalen en getallen)'.\nVALUE LABELS value_num");
        foreach (var (_, number, label) in MissingCodes) s.Append(' ').Append(number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(SpssString(label, 120));
        s.Append(".\n\n");

        s.Append("* Labels van antwoordcodes (enkele keuze, ja/nee, schaalankers) per protocolversie.\n");
        s.Append("STRING value_label (A200).\n");
        foreach (var (protocol, item, value, label) in ValueLabels(protocols).Where(v => v.Item.Type != ItemType.MultipleChoice))
        {
            s.Append("IF (protocol_id = ").Append(SpssString(protocol.Id, 80)).Append(" AND protocol_version = ").Append(protocol.Version.ToString(CultureInfo.InvariantCulture))
                .Append(" AND item_id = ").Append(SpssString(item.Id, 80)).Append(" AND value = ").Append(SpssString(value, 80)).Append(")\n    value_label = ")
                .Append(SpssString(label, 200)).Append(".\n");
        }
        s.Append("VARIABLE LABELS value_label 'Label van het antwoord'.\nEXECUTE.\n");
        return s.ToString();
    }

    private static string RVector(IEnumerable<string> values) => Wrapped(values.Select(RString));

    private static string RIntVector(IEnumerable<int> values) => Wrapped(values.Select(v => v.ToString(CultureInfo.InvariantCulture) + "L"));

    // A few elements per line: long vectors stay readable and far below any line limit.
    private static string Wrapped(IEnumerable<string> elements)
    {
        var lines = elements.Chunk(6).Select(chunk => string.Join(", ", chunk)).ToList();
        return lines.Count <= 1 ? "c(" + string.Concat(lines) + ")" : "c(\n    " + string.Join(",\n    ", lines) + ")";
    }

    private static string RString(string value)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }

    // SPSS strings in single quotes; a quote is doubled. Labels are cut to what SPSS accepts
    // (value labels 120 bytes), counted in characters with room for multi-byte letters.
    private static string SpssString(string value, int maxBytes)
    {
        var text = value.ReplaceLineEndings(" ");
        while (Encoding.UTF8.GetByteCount(text) > maxBytes) text = text[..^1];
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}

public sealed record MicrodataHeader(string Produced, string Cohorts, int Cases, int Rows, bool IncludesFreeText, bool DatesShifted, bool DemoData);
