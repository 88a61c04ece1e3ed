using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Protocols;

internal static class CodebookParser
{
    private static readonly string[] RootKeys = ["version", "title", "groups"];
    private static readonly string[] GroupKeys = ["id", "title", "description", "codes"];
    private static readonly string[] CodeKeys = ["id", "label", "description"];

    public static Codebook? Parse(YamlFileContext file, YamlNode root)
    {
        var errorsBefore = file.ErrorCount;
        if (MappingReader.AsMapping(file, root, "het codeboek") is not { } rootMapping)
            return null;

        var reader = new MappingReader(file, rootMapping, "het codeboek", RootKeys);
        var version = reader.Int("version", required: true);
        var title = reader.String("title", required: true);

        var groups = new List<CodebookGroup>();
        var groupLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeLines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.Sequence("groups", required: true) is { } groupNodes)
        {
            foreach (var groupNode in groupNodes)
            {
                if (ParseGroup(file, groupNode, groupLines, codeLines) is { } group)
                    groups.Add(group);
            }

            foreach (var required in Codebook.RequiredGroups.Where(g => !groupLines.ContainsKey(g)))
                file.Error(groupNodes, $"de groep '{required}' ontbreekt in het codeboek; de analyses rekenen erop.");

            if (groups.FirstOrDefault(g => g.Id == Codebook.ContextDynamics) is { } dynamics)
            {
                foreach (var code in Codebook.ContextDynamicCodes.Where(c => dynamics.Codes.All(d => d.Id != c)))
                    file.Error(groupLines[Codebook.ContextDynamics], $"de contextdynamiek '{code}' ontbreekt in de groep '{Codebook.ContextDynamics}'.");
            }
        }

        if (file.ErrorCount > errorsBefore || version is null || title is null)
            return null;
        return new Codebook(version.Value, title, groups);
    }

    private static CodebookGroup? ParseGroup(YamlFileContext file, YamlNode node, Dictionary<string, int> groupLines, Dictionary<string, int> codeLines)
    {
        if (MappingReader.AsMapping(file, node, "een codegroep") is not { } mapping)
            return null;

        var reader = new MappingReader(file, mapping, "een codegroep", GroupKeys);
        var id = reader.Identifier("id", MappingReader.SnakeCase(), "kleine letters, cijfers en liggende streepjes");
        var what = id is null ? "een codegroep" : $"codegroep '{id}'";
        var title = reader.String("title", required: true);
        var description = reader.String("description", required: false);
        if (id is not null && !groupLines.TryAdd(id, reader.LineOf("id")))
            file.Error(reader.Find("id")!, $"groep-id '{id}' komt twee keer voor in het codeboek (eerder op regel {groupLines[id]}).");

        var codes = new List<CodebookCode>();
        if (reader.Sequence("codes", required: true) is { } codeNodes)
        {
            foreach (var codeNode in codeNodes)
            {
                if (MappingReader.AsMapping(file, codeNode, $"een code in {what}") is not { } codeMapping)
                    continue;
                var codeReader = new MappingReader(file, codeMapping, $"een code in {what}", CodeKeys);
                var codeId = codeReader.Identifier("id", MappingReader.SnakeCase(), "kleine letters, cijfers en liggende streepjes, bijvoorbeeld forensic_target_group");
                var label = codeReader.String("label", required: true);
                var codeDescription = codeReader.String("description", required: true);

                // Codes are stored without their group, so they must be unique across the whole codebook.
                if (codeId is not null && !codeLines.TryAdd(codeId, codeReader.LineOf("id")))
                    file.Error(codeReader.Find("id")!, $"code '{codeId}' komt twee keer voor in het codeboek (eerder op regel {codeLines[codeId]}).");
                else if (codeId is not null && label is not null && codeDescription is not null)
                    codes.Add(new CodebookCode(codeId, label, codeDescription));
            }
        }

        return id is null || title is null ? null : new CodebookGroup(id, title, description, codes);
    }
}
