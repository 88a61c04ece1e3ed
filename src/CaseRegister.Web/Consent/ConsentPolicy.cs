using YamlDotNet.RepresentationModel;

namespace CaseRegister.Web.Consent;

// Whose consent a requirement asks for. Parents means every holder of parental authority; a
// guardian (voogd) on the case takes their place.
public enum ConsentParty { Youth, Parents }

public sealed record ConsentRequirement(ConsentParty Who, ConsentAudience Audience);

public sealed record ConsentBand(int FromAge, int? ToAge, IReadOnlyList<ConsentRequirement> Requirements)
{
    public bool Contains(int age) => age >= FromAge && (ToAge is null || age <= ToAge);

    public ConsentRequirement? For(ConsentParty who) => Requirements.FirstOrDefault(r => r.Who == who);
}

// A birthday on which the band changes. Active: consent given for the band before it no longer
// counts, a re-consent task opens LeadWeeks ahead and interviews stop on the birthday until the
// new consent is in. Inactive: what was given for the earlier band carries over.
public sealed record ConsentMilestone(int Age, bool Active, int LeadWeeks)
{
    public DateOnly Birthday(DateOnly dateOfBirth) => Domain.Age.Birthday(dateOfBirth, Age);

    public DateOnly TaskDate(DateOnly dateOfBirth) => Birthday(dateOfBirth).AddDays(-7 * LeadWeeks);
}

public sealed class ConsentPolicy
{
    public const int InclusionAge = 8;

    private static readonly string[] TopFields = ["version", "bands", "milestones"];
    private static readonly string[] BandFields = ["from_age", "to_age", "requires"];
    private static readonly string[] BandRequired = ["from_age", "requires"];
    private static readonly string[] RequirementFields = ["who", "audience"];
    private static readonly string[] MilestoneFields = ["age", "active", "lead_weeks"];

    private ConsentPolicy(int version, IReadOnlyList<ConsentBand> bands, IReadOnlyList<ConsentMilestone> milestones)
    {
        Version = version;
        Bands = bands;
        Milestones = milestones;
    }

    public int Version { get; }

    public IReadOnlyList<ConsentBand> Bands { get; }

    public IReadOnlyList<ConsentMilestone> Milestones { get; }

    public IEnumerable<ConsentMilestone> ActiveMilestones => Milestones.Where(m => m.Active);

    public ConsentBand? BandFor(int age) => Bands.FirstOrDefault(b => b.Contains(age));

    public ConsentMilestone? MilestoneAt(int age) => Milestones.FirstOrDefault(m => m.Age == age);

    // Active milestones whose re-consent task should exist on this day: from the task date up to
    // the day before the birthday. The daily age-milestone job creates a task for each, once.
    public IEnumerable<ConsentMilestone> MilestoneTasksOpenOn(DateOnly dateOfBirth, DateOnly on) =>
        ActiveMilestones.Where(m => m.TaskDate(dateOfBirth) <= on && on < m.Birthday(dateOfBirth));

    public static ConsentPolicy Load(string path)
    {
        if (!File.Exists(path))
            throw new ConsentFileException([new ConsentMessage(ConsentTexts.PolicyFileMissing, path)]);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static ConsentPolicy Parse(string yamlText, string fileName)
    {
        var errors = new List<ConsentMessage>();
        var yaml = new YamlFields(fileName, 0, errors);
        var root = yaml.Load(yamlText);
        var policy = yaml.LoadFailed ? null : Read(yaml, root);
        if (errors.Count > 0 || policy is null) throw new ConsentFileException(errors);
        return policy;
    }

    private static ConsentPolicy? Read(YamlFields yaml, YamlNode? root)
    {
        var top = yaml.Mapping(root, 1, TopFields, TopFields);
        if (top is null) return null;
        var version = yaml.Integer(top, "version", 1, int.MaxValue);

        var bandNodes = yaml.List(top, "bands");
        var bands = bandNodes?.Select(n => (Node: n, Band: ReadBand(yaml, n))).ToList();
        var milestoneNodes = yaml.List(top, "milestones");
        var milestones = milestoneNodes?.Select(n => (Node: n, Milestone: ReadMilestone(yaml, n))).ToList();

        if (version is null || bands is null || milestones is null
            || bands.Any(b => b.Band is null) || milestones.Any(m => m.Milestone is null))
            return null;

        var okBands = bands.Select(b => (b.Node, Band: b.Band!)).ToList();
        var okMilestones = milestones.Select(m => (m.Node, Milestone: m.Milestone!)).ToList();
        // Milestones are checked against the band boundaries, which only mean something once the
        // bands themselves are sound.
        var before = yaml.ErrorCount;
        CheckCoverage(yaml, okBands);
        if (yaml.ErrorCount == before)
            CheckMilestones(yaml, okBands, okMilestones);
        return new ConsentPolicy(version.Value, [.. okBands.Select(b => b.Band)], [.. okMilestones.Select(m => m.Milestone).OrderBy(m => m.Age)]);
    }

    private static ConsentBand? ReadBand(YamlFields yaml, YamlNode node)
    {
        var fields = yaml.Mapping(node, yaml.Line(node), BandFields, BandRequired);
        if (fields is null) return null;
        var from = yaml.Integer(fields, "from_age", 0, 120);
        var to = fields.ContainsKey("to_age") ? yaml.Integer(fields, "to_age", 0, 120) : null;
        if (from is { } f && to is { } t && t < f)
            yaml.Error(ConsentTexts.ToAgeBelowFromAge, yaml.Line(fields["to_age"]), t, f);

        var requirementNodes = yaml.List(fields, "requires");
        if (requirementNodes is null || from is null || (fields.ContainsKey("to_age") && to is null)) return null;

        var requirements = new List<ConsentRequirement>();
        foreach (var requirementNode in requirementNodes)
        {
            var requirement = ReadRequirement(yaml, requirementNode, from.Value, to);
            if (requirement is null) continue;
            if (requirements.Any(r => r.Who == requirement.Who))
                yaml.Error(ConsentTexts.DuplicateWho, yaml.Line(requirementNode), WhoName(requirement.Who));
            else
                requirements.Add(requirement);
        }
        if (requirements.Count != requirementNodes.Count) return null;

        var line = yaml.Line(node);
        if (requirements.All(r => r.Who != ConsentParty.Youth))
            yaml.Error(ConsentTexts.YouthAlwaysRequired, line, from.Value);
        var hasParents = requirements.Any(r => r.Who == ConsentParty.Parents);
        if (!hasParents && from < 16)
            yaml.Error(ConsentTexts.ParentsRequiredUnder16, line, from.Value);
        if (hasParents && (to is null || to >= 18))
            yaml.Error(ConsentTexts.NoParentsFrom18, line, from.Value);
        return new ConsentBand(from.Value, to, requirements);
    }

    private static ConsentRequirement? ReadRequirement(YamlFields yaml, YamlNode node, int from, int? to)
    {
        var fields = yaml.Mapping(node, yaml.Line(node), RequirementFields, RequirementFields);
        if (fields is null) return null;

        ConsentParty? who = null;
        var whoText = yaml.Text(fields, "who");
        if (whoText is not null)
        {
            who = Enum.GetValues<ConsentParty>().Cast<ConsentParty?>().FirstOrDefault(w => WhoName(w!.Value) == whoText);
            if (who is null)
                yaml.Error(ConsentTexts.UnknownWho, yaml.Line(fields["who"]), whoText, string.Join(", ", Enum.GetValues<ConsentParty>().Select(WhoName)));
        }

        ConsentAudience? audience = null;
        var audienceText = yaml.Text(fields, "audience");
        if (audienceText is not null)
        {
            if (ConsentAudiences.TryParseAudience(audienceText, out var a)) audience = a;
            else yaml.Error(ConsentTexts.UnknownAudience, yaml.Line(fields["audience"]), audienceText, ConsentAudiences.AllNames);
        }
        if (who is null || audience is null) return null;

        // A misfit is reported but the requirement kept, so that the checks across bands still run
        // and every error in the file is reported at once.
        var audienceLine = yaml.Line(fields["audience"]);
        if (audience.Value.IsForYouth() != (who == ConsentParty.Youth))
            yaml.Error(ConsentTexts.AudienceDoesNotFitWho, audienceLine, audience.Value.Name(), WhoName(who.Value));
        else if (from < audience.Value.MinAge() || (audience.Value.MaxAge() is { } max && (to is null || to > max)))
            yaml.Error(ConsentTexts.AudienceDoesNotFitBand, audienceLine, audience.Value.Name(), from);
        return new ConsentRequirement(who.Value, audience.Value);
    }

    private static ConsentMilestone? ReadMilestone(YamlFields yaml, YamlNode node)
    {
        var fields = yaml.Mapping(node, yaml.Line(node), MilestoneFields, MilestoneFields);
        if (fields is null) return null;
        var age = yaml.Integer(fields, "age", InclusionAge + 1, 120);
        var active = yaml.Boolean(fields, "active");
        var lead = yaml.Integer(fields, "lead_weeks", 1, 52);
        return age is null || active is null || lead is null ? null : new ConsentMilestone(age.Value, active.Value, lead.Value);
    }

    // Every age from inclusion upwards must fall in exactly one band: no gaps, no overlaps, and an
    // open last band because youths stay in the study past 18.
    private static void CheckCoverage(YamlFields yaml, List<(YamlNode Node, ConsentBand Band)> bands)
    {
        var first = bands[0];
        if (first.Band.FromAge != InclusionAge)
            yaml.Error(ConsentTexts.FirstBandStart, yaml.Line(first.Node), InclusionAge, first.Band.FromAge);
        for (var i = 1; i < bands.Count; i++)
        {
            var (previousNode, previous) = bands[i - 1];
            var (node, band) = bands[i];
            if (previous.ToAge is not { } previousTo)
            {
                yaml.Error(ConsentTexts.OpenBandNotLast, yaml.Line(previousNode));
                continue;
            }
            if (band.FromAge > previousTo + 1)
                yaml.Error(ConsentTexts.BandGap, yaml.Line(node), previousTo + 1, band.FromAge - 1);
            else if (band.FromAge <= previousTo)
                yaml.Error(ConsentTexts.BandOverlap, yaml.Line(node), band.FromAge, previousTo);
        }
        var last = bands[^1];
        if (last.Band.ToAge is not null)
            yaml.Error(ConsentTexts.LastBandClosed, yaml.Line(last.Node), InclusionAge);
    }

    private static void CheckMilestones(YamlFields yaml, List<(YamlNode Node, ConsentBand Band)> bands, List<(YamlNode Node, ConsentMilestone Milestone)> milestones)
    {
        var boundaries = bands.Skip(1).ToDictionary(b => b.Band.FromAge, b => b);
        var seen = new HashSet<int>();
        foreach (var (node, milestone) in milestones)
        {
            if (!seen.Add(milestone.Age))
            {
                yaml.Error(ConsentTexts.DuplicateMilestone, yaml.Line(node), milestone.Age);
                continue;
            }
            if (!boundaries.ContainsKey(milestone.Age))
            {
                yaml.Error(ConsentTexts.MilestoneNotAtBoundary, yaml.Line(node), milestone.Age);
                continue;
            }
            var index = bands.FindIndex(b => b.Band.FromAge == milestone.Age);
            if (milestone.Active && SameRequirements(bands[index - 1].Band, bands[index].Band))
                yaml.Error(ConsentTexts.ActiveMilestoneWithoutChange, yaml.Line(node), milestone.Age);
        }
        foreach (var (age, (node, _)) in boundaries.Where(b => !seen.Contains(b.Key)))
            yaml.Error(ConsentTexts.BoundaryWithoutMilestone, yaml.Line(node), age);
    }

    private static bool SameRequirements(ConsentBand a, ConsentBand b) =>
        a.Requirements.Count == b.Requirements.Count && a.Requirements.All(r => b.For(r.Who)?.Audience == r.Audience);

    private static string WhoName(ConsentParty who) => who == ConsentParty.Youth ? "youth" : "parents";
}
