using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

// A throwaway protocols folder: starts with a minimal valid set (one protocol per wave kind and
// informant, plus a codebook) that a test then breaks in exactly one place.
internal sealed class ProtocolFolder : IDisposable
{
    public ProtocolFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "caseregister-protocols-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static ProtocolFolder WithValidSet()
    {
        var folder = new ProtocolFolder();
        foreach (var wave in Enum.GetValues<WaveKind>())
        {
            foreach (var informant in Enum.GetValues<Informant>())
            {
                var id = IdFor(wave, informant);
                folder.Write($"{id}.v1.yaml", Protocol(id, 1, wave, informant));
            }
        }

        folder.Write(ProtocolCatalog.CodebookFileName, Codebook());
        return folder;
    }

    public static string IdFor(WaveKind wave, Informant informant) =>
        $"{(wave == WaveKind.Baseline ? "t0" : "followup")}-{informant.ToString().ToLowerInvariant()}";

    public void Write(string fileName, string text) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public ProtocolCatalog Load() => ProtocolCatalog.Load(Path);

    public IReadOnlyList<ProtocolError> LoadErrors() => Assert.Throws<ProtocolFileException>(Load).Errors;

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }

    // The 1-based line on which marker first occurs: tests name the offending line by its content
    // rather than by a number that silently goes stale when the fixture changes.
    public static int LineOf(string text, string marker, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"marker '{after}' not in test YAML");
        var index = text.IndexOf(marker, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker '{marker}' not in test YAML");
        return text[..index].Count(c => c == '\n') + 1;
    }

    public static string Protocol(string id, int version, WaveKind wave, Informant informant, string extraItems = "", string title = "Testprotocol")
    {
        var followUpItems = wave == WaveKind.FollowUp
            ? """
                    - id: gas_goal1
                      type: scale
                      label: Doel 1
                      required: true
                      min: -2
                      max: 2
                      anchors:
                        -2: Veel slechter dan verwacht
                        0: Zoals verwacht
                        2: Veel beter dan verwacht
                    - id: current_setting
                      type: single_choice
                      label: Verblijfplek
                      required: true
                      options:
              """ + string.Concat(Enum.GetNames<CareSetting>().Select(n => $"\n          - code: {n}\n            label: Plek {n}")) + "\n"
            : "";

        return $"""
            id: {id}
            version: {version}
            wave: {wave}
            informant: {informant}
            title: {title}
            domains:
              - id: main
                title: Hoofddomein
                items:
                  - id: problem_severity
                    type: scale
                    label: Ernst van de problemen
                    required: true
                    min: 0
                    max: 10
                    anchors:
                      0: Geen problemen
                      10: Zeer ernstige problemen
                  - id: strengths
                    type: scale
                    label: Sterke kanten
                    required: true
                    min: 0
                    max: 10
                    anchors:
                      0: Geen
                      10: Veel
                  - id: days_in_care_since_last
                    type: number
                    label: Dagen in residentiële zorg
                    required: true
                    min: 0
                    max: 1500
                  - id: placements_since_last
                    type: number
                    label: Aantal overplaatsingen
                    required: true
                    min: 0

            """ + followUpItems + extraItems;
    }

    public static string Codebook(string extraCodes = "") =>
        """
        version: 1
        title: Testcodeboek
        groups:
          - id: bottlenecks
            title: Knelpunten
            codes:
              - id: forensic_target_group
                label: Forensische doelgroep
                description: Geen doorlopende lijn na detentie.
        """ + extraCodes + """

          - id: missing_care
            title: Ontbrekend aanbod
            codes:
              - id: family_based_care
                label: Gezinsvormen
                description: Geen plek in een gezinshuis.
          - id: expertise_areas
            title: Expertisegebieden
            codes:
              - id: motivation
                label: Motivatie
                description: Motivatie van jongere en gezin.
          - id: context_dynamics
            title: Contextdynamieken
            codes:
        """ + string.Concat(CaseRegister.Web.Protocols.Codebook.ContextDynamicCodes.Select(c =>
            $"\n      - id: {c}\n        label: Dynamiek {c}\n        description: Omschrijving van {c}.")) + "\n";
}
