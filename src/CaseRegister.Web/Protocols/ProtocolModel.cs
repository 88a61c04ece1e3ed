using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Protocols;

public enum ItemType { Scale, SingleChoice, MultipleChoice, Number, Date, YesNo, Text }

public sealed record ScaleAnchor(int Value, string Label);

public sealed record ItemOption(string Code, string Label, bool Exclusive);

public sealed record ProtocolItem(
    string Id,
    ItemType Type,
    string Label,
    string? Help,
    bool Required,
    decimal? Min,
    decimal? Max,
    int Decimals,
    string? Unit,
    IReadOnlyList<ScaleAnchor> Anchors,
    IReadOnlyList<ItemOption> Options)
{
    public ItemOption? FindOption(string code) => Options.FirstOrDefault(o => o.Code == code);

    // Free text may hold identifying detail, so the interview store must encrypt it.
    public bool IsFreeText => Type == ItemType.Text;
}

public sealed record ProtocolDomain(string Id, string Title, string? Intro, IReadOnlyList<ProtocolItem> Items);

public sealed record Protocol(
    string Id,
    int Version,
    WaveKind WaveKind,
    Informant Informant,
    string Title,
    string? Intro,
    IReadOnlyList<ProtocolDomain> Domains,
    string FileName,
    string Sha256)
{
    private readonly Dictionary<string, ProtocolItem> _itemsById =
        Domains.SelectMany(d => d.Items).ToDictionary(i => i.Id, StringComparer.Ordinal);

    public IReadOnlyList<ProtocolItem> Items { get; } = Domains.SelectMany(d => d.Items).ToList();

    public ProtocolItem? FindItem(string itemId) => _itemsById.GetValueOrDefault(itemId);

    public ProtocolItem Item(string itemId) =>
        FindItem(itemId) ?? throw new KeyNotFoundException($"Protocol {Id} v{Version} has no item '{itemId}'.");
}
