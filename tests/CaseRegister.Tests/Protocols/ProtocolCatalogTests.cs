using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

public sealed class ProtocolCatalogTests : IDisposable
{
    private readonly ProtocolFolder _folder = ProtocolFolder.WithValidSet();

    public void Dispose() => _folder.Dispose();

    private void WriteYouthT0Version(int version, string title) =>
        _folder.Write($"t0-youth.v{version}.yaml", ProtocolFolder.Protocol("t0-youth", version, WaveKind.Baseline, Informant.Youth, title: title));

    [Fact]
    public void The_highest_version_of_a_protocol_is_current()
    {
        WriteYouthT0Version(3, "Derde versie");
        WriteYouthT0Version(2, "Tweede versie");

        var catalog = _folder.Load();

        var current = catalog.Current(WaveKind.Baseline, Informant.Youth);
        Assert.Equal(("t0-youth", 3, "Derde versie"), (current.Id, current.Version, current.Title));
    }

    [Fact]
    public void Version_10_is_newer_than_version_9_although_it_sorts_first_by_file_name()
    {
        WriteYouthT0Version(9, "Negen");
        WriteYouthT0Version(10, "Tien");

        var catalog = _folder.Load();

        Assert.Equal(10, catalog.Current(WaveKind.Baseline, Informant.Youth).Version);
    }

    [Fact]
    public void Older_versions_stay_available_by_id_and_version_for_interviews_saved_with_them()
    {
        WriteYouthT0Version(2, "Tweede versie");

        var catalog = _folder.Load();

        Assert.Equal("Testprotocol", catalog.Get("t0-youth", 1).Title);
        Assert.Equal("Tweede versie", catalog.Get("t0-youth", 2).Title);
        Assert.Equal([1, 2], catalog.Versions("t0-youth").Select(p => p.Version));
        Assert.Null(catalog.Find("t0-youth", 3));
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("t0-youth", 3));
    }

    [Fact]
    public void Current_picks_per_wave_kind_and_informant()
    {
        var catalog = _folder.Load();

        Assert.Equal("followup-professional", catalog.Current(WaveKind.FollowUp, Informant.Professional).Id);
        Assert.Equal("t0-parent", catalog.Current(WaveKind.Baseline, Informant.Parent).Id);
        Assert.Equal(6, catalog.All.Count);
    }

    [Fact]
    public void A_new_version_that_moves_to_another_informant_is_rejected()
    {
        var text = ProtocolFolder.Protocol("t0-youth", 2, WaveKind.Baseline, Informant.Parent);
        _folder.Write("t0-youth.v2.yaml", text);

        var errors = _folder.LoadErrors();

        var error = Assert.Single(errors, e => e.File == "t0-youth.v2.yaml" && e.Message.StartsWith("alle versies van protocol 't0-youth'", StringComparison.Ordinal));
        Assert.Equal(ProtocolFolder.LineOf(text, "id: t0-youth"), error.Line);
    }

    [Fact]
    public void Items_keep_their_declared_order_type_and_settings()
    {
        _folder.Write("t0-youth.v1.yaml", ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth, """
                  - id: hours_school
                    type: number
                    label: Uren school per week
                    help: Gemiddeld
                    min: 0
                    max: 40.5
                    decimals: 1
                    unit: uur
                  - id: problems
                    type: multiple_choice
                    label: Problemen
                    options:
                      - code: anxiety
                        label: Angst
                      - code: none
                        label: Geen
                        exclusive: true
            """));

        var protocol = _folder.Load().Current(WaveKind.Baseline, Informant.Youth);

        var hours = protocol.Item("hours_school");
        Assert.Equal((ItemType.Number, 0m, 40.5m, 1, "uur", "Gemiddeld", false), (hours.Type, hours.Min, hours.Max, hours.Decimals, hours.Unit, hours.Help, hours.Required));
        Assert.Equal([new ItemOption("anxiety", "Angst", false), new ItemOption("none", "Geen", true)], protocol.Item("problems").Options);
        Assert.Equal(
            ["problem_severity", "strengths", "days_in_care_since_last", "placements_since_last", "hours_school", "problems"],
            protocol.Items.Select(i => i.Id));
        Assert.Equal([new ScaleAnchor(0, "Geen problemen"), new ScaleAnchor(10, "Zeer ernstige problemen")], protocol.Item("problem_severity").Anchors);
    }

    [Fact]
    public void A_protocol_carries_the_hash_of_its_file_so_an_edited_version_can_be_detected()
    {
        var before = _folder.Load().Get("t0-youth", 1).Sha256;
        _folder.Write("t0-youth.v1.yaml", ProtocolFolder.Protocol("t0-youth", 1, WaveKind.Baseline, Informant.Youth, title: "Stilletjes aangepast"));

        var after = _folder.Load().Get("t0-youth", 1).Sha256;

        Assert.Matches("^[0-9a-f]{64}$", before);
        Assert.NotEqual(before, after);
    }
}
