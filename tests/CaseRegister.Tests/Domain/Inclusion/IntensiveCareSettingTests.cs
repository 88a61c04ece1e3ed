using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

public class IntensiveCareSettingTests
{
    public static TheoryData<CareSetting> OtherSettings()
    {
        var data = new TheoryData<CareSetting>();
        foreach (var setting in Enum.GetValues<CareSetting>().Where(s => !s.IsIntensive())) data.Add(setting);
        return data;
    }

    [Theory]
    [InlineData(CareSetting.JeugdzorgPlus)]
    [InlineData(CareSetting.Jji)]
    [InlineData(CareSetting.JGgz)]
    [InlineData(CareSetting.Obc)]
    public void A_youth_currently_in_one_of_the_four_intensive_settings_qualifies(CareSetting setting)
    {
        var result = InclusionRules.IntensiveCareSetting(Candidates.Valid() with { CurrentCareSetting = setting });

        Assert.True(result.Passed);
    }

    [Fact]
    public void A_youth_only_in_foster_care_is_refused_with_a_message_naming_the_four_settings()
    {
        var result = InclusionRules.IntensiveCareSetting(Candidates.Valid() with { CurrentCareSetting = CareSetting.FosterCare });

        var failure = Assert.Single(result.Failures);
        Assert.Equal(EnrolmentFields.CareSetting, failure.Field);
        Assert.Equal(
            "Deelname kan alleen als de jongere nu zeer intensieve specialistische jeugdhulp krijgt in JZ+, JJI, J-GGZ of OBC.",
            failure.Render());
    }

    [Theory]
    [MemberData(nameof(OtherSettings))]
    public void Every_other_setting_is_refused(CareSetting setting)
    {
        var result = InclusionRules.IntensiveCareSetting(Candidates.Valid() with { CurrentCareSetting = setting });

        Assert.Equal(InclusionMessages.CareSettingNotIntensive, Assert.Single(result.Failures).Format);
    }

    [Fact]
    public void A_missing_care_setting_asks_for_one()
    {
        var result = InclusionRules.IntensiveCareSetting(Candidates.Valid() with { CurrentCareSetting = null });

        Assert.Equal(InclusionMessages.CareSettingMissing, Assert.Single(result.Failures).Format);
    }
}
