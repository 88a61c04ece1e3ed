using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain.Waves;

public class CanRecordInterviewTests
{
    [Theory]
    [InlineData(CaseStatus.Enrolled)]
    [InlineData(CaseStatus.Active)]
    public void T0_can_be_recorded_for_a_case_in_the_study(CaseStatus status)
    {
        var permission = WaveStatusRules.CanRecordInterview(WaveKind.Baseline, status, baselineCompleted: false, consentBlocked: false);

        Assert.True(permission.IsAllowed);
        Assert.Null(permission.Reason);
    }

    [Fact]
    public void A_follow_up_cannot_be_recorded_before_T0_is_completed()
    {
        var permission = WaveStatusRules.CanRecordInterview(WaveKind.FollowUp, CaseStatus.Active, baselineCompleted: false, consentBlocked: false);

        Assert.False(permission.IsAllowed);
        Assert.Equal("Een vervolgmeting kan pas na de 0-meting (T0) worden vastgelegd.", permission.Reason!.Render());
    }

    [Fact]
    public void A_follow_up_can_be_recorded_once_T0_is_completed()
    {
        Assert.True(WaveStatusRules.CanRecordInterview(WaveKind.FollowUp, CaseStatus.Active, baselineCompleted: true, consentBlocked: false).IsAllowed);
    }

    [Fact]
    public void Nothing_can_be_recorded_while_consent_is_blocked()
    {
        var permission = WaveStatusRules.CanRecordInterview(WaveKind.FollowUp, CaseStatus.Active, baselineCompleted: true, consentBlocked: true);

        Assert.False(permission.IsAllowed);
        Assert.Equal(WaveMessages.ConsentBlocked, permission.Reason!.Format);
    }

    [Fact]
    public void Nothing_can_be_recorded_for_a_withdrawn_case_and_withdrawal_is_the_reason_given()
    {
        var permission = WaveStatusRules.CanRecordInterview(WaveKind.FollowUp, CaseStatus.Withdrawn, baselineCompleted: false, consentBlocked: true);

        Assert.False(permission.IsAllowed);
        Assert.Equal(WaveMessages.CaseWithdrawn, permission.Reason!.Format);
    }

    [Theory]
    [InlineData(CaseStatus.Completed)]
    [InlineData(CaseStatus.LostToFollowUp)]
    [InlineData(CaseStatus.Deceased)]
    public void Nothing_can_be_recorded_for_a_case_that_has_ended(CaseStatus status)
    {
        var permission = WaveStatusRules.CanRecordInterview(WaveKind.Baseline, status, baselineCompleted: false, consentBlocked: false);

        Assert.False(permission.IsAllowed);
        Assert.Equal(WaveMessages.CaseEnded, permission.Reason!.Format);
    }
}
