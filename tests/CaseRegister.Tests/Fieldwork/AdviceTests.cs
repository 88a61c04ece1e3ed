using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

public class AdviceTests(AdviceTests.Host app) : IClassFixture<AdviceTests.Host>
{
    public sealed class Host : AppFactory;

    private const string AddForm = "form#add-advice";

    [Fact]
    public async Task Advice_given_at_T0_is_followed_up_at_T6_with_whether_it_was_followed_and_the_situation_improved()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 3, 1));
        var path = $"/Cases/Advice?id={c.Id}";
        var waves = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == c.Id).ToDictionaryAsync(w => w.Label, w => w.Id));

        var added = await browser.PostFormAsync(path, AddForm, new()
        {
            ["Input.WaveId"] = waves["T0"].ToString(),
            ["Input.Category"] = nameof(AdviceCategory.Transition18),
            ["Input.Addressee"] = nameof(AdviceAddressee.Municipality),
            ["Input.GivenOn"] = "2026-04-10",
            ["Input.Text"] = "Start tijdig met het perspectiefplan voor na het 18e jaar.",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var advice = await app.DbAsync(db => db.Advice.AsNoTracking().SingleAsync(a => a.CaseId == c.Id));
        Assert.Equal("Start tijdig met het perspectiefplan voor na het 18e jaar.", advice.Text);
        Assert.False(advice.IsFeedbackOnly);

        var followedUp = await browser.PostFormAsync(path, $"form.follow-up:has(input[value='{advice.Id}'])", new()
        {
            ["FollowUp.WaveId"] = waves["T6"].ToString(),
            ["FollowUp.Followed"] = nameof(AdviceFollowed.Partly),
            ["FollowUp.Improved"] = nameof(Improvement.Yes),
        });

        Assert.Equal(HttpStatusCode.Redirect, followedUp.StatusCode);
        advice = await app.DbAsync(db => db.Advice.AsNoTracking().SingleAsync(a => a.CaseId == c.Id));
        Assert.Equal((waves["T6"], AdviceFollowed.Partly, Improvement.Yes), (advice.FollowUpWaveId!.Value, advice.Followed!.Value, advice.SituationImproved!.Value));
        var page = await browser.PageAsync(path);
        Assert.Contains("Nagegaan bij T6: opgevolgd: Gedeeltelijk; situatie: Verbeterd.", page.QuerySelector("article.advice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["advice.create", "advice.follow-up"], (await FieldworkSetup.AuditActionsAsync(app, user.Id)).Where(a => a.StartsWith("advice.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_follow_up_must_be_in_a_later_wave_and_feedback_only_gets_no_follow_up()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 3, 1));
        var path = $"/Cases/Advice?id={c.Id}";
        var waves = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == c.Id).ToDictionaryAsync(w => w.Label, w => w.Id));
        var advice = Guid.NewGuid();
        var feedback = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Advice.Add(new Advice { Id = advice, CaseId = c.Id, WaveId = waves["T6"], Category = AdviceCategory.Safety, Addressee = AdviceAddressee.Provider, Text = "Advies", GivenOn = new DateOnly(2026, 10, 1) });
            db.Advice.Add(new Advice { Id = feedback, CaseId = c.Id, WaveId = waves["T6"], Category = AdviceCategory.Family, Addressee = AdviceAddressee.Family, Text = "Terugkoppeling", GivenOn = new DateOnly(2026, 10, 1), IsFeedbackOnly = true });
            await db.SaveChangesAsync();
        });

        var page = await browser.PageAsync(path);
        Assert.Null(page.QuerySelector($"form.follow-up:has(input[value='{feedback}'])"));
        var response = await browser.PostFormAsync(page, $"form.follow-up:has(input[value='{advice}'])", new()
        {
            ["FollowUp.WaveId"] = waves["T0"].ToString(),
            ["FollowUp.Followed"] = nameof(AdviceFollowed.Yes),
            ["FollowUp.Improved"] = nameof(Improvement.No),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await TestBrowser.ParseAsync(response);
        Assert.Contains("Kies een meting die later is dan de meting waarin het advies is gegeven (T6).",
            shown.QuerySelector($"form.follow-up:has(input[value='{advice}']) .errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.DbAsync(db => db.Advice.Where(a => a.Id == advice).Select(a => a.Followed).SingleAsync()));

        var forFeedback = await browser.Client.PostAsync($"/Cases/Advice?id={c.Id}&handler=FollowUp", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value,
            ["FollowUp.AdviceId"] = feedback.ToString(),
            ["FollowUp.WaveId"] = waves["T12"].ToString(),
            ["FollowUp.Followed"] = nameof(AdviceFollowed.Yes),
            ["FollowUp.Improved"] = nameof(Improvement.Yes),
        }));
        Assert.Equal(HttpStatusCode.OK, forFeedback.StatusCode);
        Assert.Null(await app.DbAsync(db => db.Advice.Where(a => a.Id == feedback).Select(a => a.Followed).SingleAsync()));
    }

    [Fact]
    public async Task Advice_without_text_or_with_text_over_4000_characters_is_refused()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var c = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 3, 1));
        var t0 = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == c.Id && w.Label == "T0").Select(w => w.Id).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["Input.WaveId"] = t0.ToString(), ["Input.Category"] = "Safety", ["Input.Addressee"] = "Family", ["Input.GivenOn"] = "2026-04-01", ["Input.Text"] = new string('b', 4_001),
        };

        var tooLong = await TestBrowser.ParseAsync(await browser.PostFormAsync($"/Cases/Advice?id={c.Id}", AddForm, fields));
        fields["Input.Text"] = " ";
        var empty = await TestBrowser.ParseAsync(await browser.PostFormAsync($"/Cases/Advice?id={c.Id}", AddForm, fields));

        Assert.StartsWith("De tekst van de terugkoppeling of het advies is te lang: maximaal 4.000 tekens (u heeft er 4.001 ingevoerd).", tooLong.QuerySelector("#advice-text-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Vul de tekst van de terugkoppeling of het advies in.", empty.QuerySelector("#advice-text-error")!.TextContent);
        Assert.False(await app.DbAsync(db => db.Advice.AnyAsync(a => a.CaseId == c.Id)));
    }
}
