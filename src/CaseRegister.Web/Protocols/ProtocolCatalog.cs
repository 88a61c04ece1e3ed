using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CaseRegister.Web.Domain;
using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Protocols;

// All interview protocols and the codebook, loaded once at start-up. Loading either succeeds
// completely or throws with every problem found, so a broken file never half-loads.
public sealed partial class ProtocolCatalog
{
    public const string CodebookFileName = "codebook.yaml";

    private readonly Dictionary<(string Id, int Version), Protocol> _byIdAndVersion;
    private readonly Dictionary<(WaveKind, Informant), Protocol> _current;

    private ProtocolCatalog(string folder, IReadOnlyList<Protocol> protocols, Codebook codebook)
    {
        Folder = folder;
        All = protocols.OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Version).ToList();
        Codebook = codebook;
        _byIdAndVersion = All.ToDictionary(p => (p.Id, p.Version));
        _current = All
            .GroupBy(p => (p.WaveKind, p.Informant))
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!);
    }

    public string Folder { get; }

    public IReadOnlyList<Protocol> All { get; }

    public Codebook Codebook { get; }

    // Load guarantees a protocol for every wave kind and informant, so this never misses.
    public Protocol Current(WaveKind waveKind, Informant informant) => _current[(waveKind, informant)];

    // Saved interviews name the version they were recorded with; older versions stay loadable.
    public Protocol Get(string id, int version) =>
        Find(id, version) ?? throw new KeyNotFoundException($"Protocol '{id}' version {version} is not in the catalogue ({Folder}).");

    public Protocol? Find(string id, int version) => _byIdAndVersion.GetValueOrDefault((id, version));

    public IReadOnlyList<Protocol> Versions(string id) => All.Where(p => p.Id == id).ToList();

    public static ProtocolCatalog Load(string folder)
    {
        var errors = new List<ProtocolError>();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (!Directory.Exists(folder))
        {
            throw new ProtocolFileException(
                [new ProtocolError(folderName, null, $"de map met protocollen bestaat niet ({Path.GetFullPath(folder)}).")]);
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();

        Codebook? codebook = null;
        var codebookSeen = false;
        var parsed = new List<ProtocolParser.Parsed>();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ProtocolError(name, null, $"het bestand kan niet worden gelezen ({ex.Message})."));
                continue;
            }

            var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
            var file = new YamlFileContext(name, errors);

            if (name == CodebookFileName)
            {
                codebookSeen = true;
                if (file.Parse(text) is { } root)
                    codebook = CodebookParser.Parse(file, root);
                continue;
            }

            var match = ProtocolFileName().Match(name);
            if (!match.Success)
            {
                // Other YAML files (the consent policy, for one) live here too. Only a file that looks
                // like a protocol but is misnamed is an error, because it would otherwise be ignored.
                if (new YamlFileContext(name, []).Parse(text) is YamlMappingNode other
                    && other.Children.ContainsKey(new YamlScalarNode("domains")))
                {
                    file.Error(1, "dit bestand lijkt een protocol, maar de naam volgt niet het patroon <id>.v<versie>.yaml "
                        + "(kleine letters, bijvoorbeeld t0-youth.v1.yaml). Het protocol wordt zo niet geladen.");
                }

                continue;
            }

            if (!int.TryParse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var fileVersion))
            {
                file.Error(1, "het versienummer in de bestandsnaam is te groot.");
                continue;
            }

            if (file.Parse(text) is { } protocolRoot
                && ProtocolParser.Parse(file, protocolRoot, match.Groups["id"].Value, fileVersion, Convert.ToHexStringLower(SHA256.HashData(bytes))) is { } protocol)
            {
                parsed.Add(protocol);
            }
        }

        if (!codebookSeen)
            errors.Add(new ProtocolError(CodebookFileName, null, $"het codeboek ontbreekt in de map {folderName}."));

        CheckAcrossFiles(parsed, folderName, errors);

        if (errors.Count > 0)
            throw new ProtocolFileException(errors);
        return new ProtocolCatalog(Path.GetFullPath(folder), parsed.Select(p => p.Protocol).ToList(), codebook!);
    }

    private static void CheckAcrossFiles(List<ProtocolParser.Parsed> parsed, string folderName, List<ProtocolError> errors)
    {
        var seen = new Dictionary<(string, int), ProtocolParser.Parsed>();
        foreach (var entry in parsed)
        {
            var p = entry.Protocol;
            if (!seen.TryAdd((p.Id, p.Version), entry))
            {
                errors.Add(new ProtocolError(p.FileName, entry.IdLine,
                    $"protocol '{p.Id}' versie {p.Version} komt twee keer voor (ook in {seen[(p.Id, p.Version)].Protocol.FileName})."));
            }

            foreach (var (itemId, message) in StableItems.Check(p))
            {
                var line = entry.ItemLines.TryGetValue(itemId, out var itemLine) ? itemLine : entry.IdLine;
                errors.Add(new ProtocolError(p.FileName, line, message));
            }
        }

        foreach (var versions in parsed.GroupBy(e => e.Protocol.Id))
        {
            var first = versions.OrderBy(e => e.Protocol.Version).First().Protocol;
            foreach (var other in versions.Where(e => e.Protocol.WaveKind != first.WaveKind || e.Protocol.Informant != first.Informant))
            {
                errors.Add(new ProtocolError(other.Protocol.FileName, other.IdLine,
                    $"alle versies van protocol '{first.Id}' moeten bij dezelfde golf en informant horen; {first.FileName} is voor "
                    + $"{first.WaveKind}/{first.Informant}, dit bestand voor {other.Protocol.WaveKind}/{other.Protocol.Informant}."));
            }
        }

        foreach (var slot in parsed.GroupBy(e => (e.Protocol.WaveKind, e.Protocol.Informant)))
        {
            var ids = slot.Select(e => e.Protocol.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            if (ids.Count <= 1)
                continue;
            foreach (var entry in slot.Where(e => e.Protocol.Id != ids[0]))
            {
                errors.Add(new ProtocolError(entry.Protocol.FileName, entry.IdLine,
                    $"er is al een ander protocol ('{ids[0]}') voor golf {slot.Key.WaveKind} en informant {slot.Key.Informant}. "
                    + "Per golf en informant is er één protocol; maak een nieuwe versie van dat protocol in plaats van een nieuw id."));
            }
        }

        // Only check completeness when the files themselves were fine; otherwise the missing slot is
        // usually just the file with the error, and the extra message would distract.
        if (errors.Count > 0)
            return;
        foreach (var wave in Enum.GetValues<WaveKind>())
        {
            foreach (var informant in Enum.GetValues<Informant>())
            {
                if (!parsed.Any(e => e.Protocol.WaveKind == wave && e.Protocol.Informant == informant))
                    errors.Add(new ProtocolError(folderName, null, $"er is geen protocol voor golf {wave} en informant {informant}."));
            }
        }
    }

    [GeneratedRegex(@"^(?<id>[a-z0-9]+(-[a-z0-9]+)*)\.v(?<version>[0-9]+)\.ya?ml$")]
    private static partial Regex ProtocolFileName();
}
