using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

public class ShippedProtocolTests
{
    private static readonly Lazy<ProtocolCatalog> Catalog = new(() => ProtocolCatalog.Load(RepositoryRoot.Combine("protocols")));

    [Fact]
    public void The_shipped_protocols_and_codebook_load_without_errors()
    {
        var exception = Record.Exception(() => ProtocolCatalog.Load(RepositoryRoot.Combine("protocols")));

        Assert.Null(exception);
    }

    [Fact]
    public void There_is_a_shipped_protocol_for_every_wave_kind_and_informant()
    {
        foreach (var wave in Enum.GetValues<WaveKind>())
        {
            foreach (var informant in Enum.GetValues<Informant>())
            {
                var protocol = Catalog.Value.Current(wave, informant);
                Assert.Equal(wave, protocol.WaveKind);
                Assert.Equal(informant, protocol.Informant);
            }
        }

        Assert.Equal(6, Catalog.Value.All.Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(StableItems.ProblemSeverity, 0, 10)]
    [InlineData(StableItems.Strengths, 0, 10)]
    public void Every_shipped_protocol_asks_the_outcome_scales_from_0_to_10(string itemId, int min, int max)
    {
        foreach (var protocol in Catalog.Value.All)
        {
            var item = protocol.Item(itemId);
            Assert.Equal(ItemType.Scale, item.Type);
            Assert.Equal(min, item.Min);
            Assert.Equal(max, item.Max);
            Assert.True(item.Required, $"{protocol.Id}: {itemId} should be required");
        }
    }

    [Fact]
    public void Every_shipped_follow_up_protocol_scores_the_first_goal_and_the_current_setting()
    {
        var followUps = Catalog.Value.All.Where(p => p.WaveKind == WaveKind.FollowUp).ToList();
        Assert.Equal(3, followUps.Count);
        foreach (var protocol in followUps)
        {
            var gas = protocol.Item(StableItems.GasGoal1);
            Assert.Equal((-2m, 2m), (gas.Min!.Value, gas.Max!.Value));
            Assert.Equal([-2, -1, 0, 1, 2], gas.Anchors.Select(a => a.Value));

            var setting = protocol.Item(StableItems.CurrentSetting);
            Assert.Equal(ItemType.SingleChoice, setting.Type);
            Assert.Equal(Enum.GetNames<CareSetting>().Order(), setting.Options.Select(o => o.Code).Order());
        }
    }

    [Fact]
    public void Every_shipped_protocol_counts_placements_and_days_in_care_in_whole_non_negative_numbers()
    {
        foreach (var protocol in Catalog.Value.All)
        {
            foreach (var id in new[] { StableItems.DaysInCareSinceLast, StableItems.PlacementsSinceLast })
            {
                var item = protocol.Item(id);
                Assert.Equal(ItemType.Number, item.Type);
                Assert.Equal(0m, item.Min);
                Assert.Equal(0, item.Decimals);
            }
        }
    }

    [Fact]
    public void An_item_id_has_the_same_type_in_every_shipped_protocol_so_answers_can_be_compared_across_informants()
    {
        var conflicts = Catalog.Value.All
            .SelectMany(p => p.Items.Select(i => (Protocol: p.Id, Item: i)))
            .GroupBy(x => x.Item.Id)
            .Where(g => g.Select(x => x.Item.Type).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: " + string.Join(", ", g.Select(x => $"{x.Protocol}={x.Item.Type}")))
            .ToList();

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Every_shipped_item_has_a_label_and_every_choice_option_a_label()
    {
        foreach (var item in Catalog.Value.All.SelectMany(p => p.Items))
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Label), item.Id);
            Assert.All(item.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label), $"{item.Id}/{o.Code}"));
        }
    }

    [Fact]
    public void The_shipped_codebook_has_the_four_groups_and_the_seven_context_dynamics()
    {
        var codebook = Catalog.Value.Codebook;

        Assert.Equal(Codebook.RequiredGroups.Order(), codebook.Groups.Select(g => g.Id).Order());
        Assert.Equal(Codebook.ContextDynamicCodes.Order(), codebook.FindGroup(Codebook.ContextDynamics)!.Codes.Select(c => c.Id).Order());
        Assert.Equal(Codebook.Bottlenecks, codebook.GroupOf("forensic_target_group")!.Id);
        Assert.Equal(Codebook.Bottlenecks, codebook.GroupOf("secure_care_alternatives")!.Id);
        Assert.Equal(Codebook.Bottlenecks, codebook.GroupOf("mental_health_referral_waiting")!.Id);
        Assert.Equal(Codebook.Bottlenecks, codebook.GroupOf("autism_target_group")!.Id);
        Assert.All(codebook.Codes, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Id));
    }

    [Fact]
    public void The_interviewer_guide_explains_every_missing_data_code()
    {
        var guide = File.ReadAllText(RepositoryRoot.Combine("protocols", "interviewer-guide.md"));

        Assert.All(Enum.GetNames<MissingCode>(), code => Assert.Contains($"`{code}`", guide, StringComparison.Ordinal));
    }
}
