using CaseRegister.EndToEnd.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Sdk;

namespace CaseRegister.EndToEnd.Shell;

// The checks every page in the journeys gets must themselves be able to fail: on accessibility
// violations (saying where, and finding what Deque's page.RunAxe() finds) and on errors in the
// browser console, where the browser reports what the Content-Security-Policy blocked.
public class PageCheckTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task The_check_fails_on_serious_violations_naming_rule_impact_element_and_help()
    {
        await using var session = await fixture.NewSessionAsync("visitor");
        await session.GotoAsync("/Account/Login");

        // Break the page the way careless markup would: an unlabelled field, an image without a
        // text alternative, and pale grey text.
        await session.Page.EvaluateAsync("""
            () => {
              document.querySelector("label[for='Input_Email']").remove();
              const img = document.createElement("img");
              img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
              img.width = 20; img.height = 20;
              document.querySelector("main").append(img);
              const p = document.createElement("p");
              p.id = "pale";
              p.textContent = "Nauwelijks leesbaar";
              p.style.color = "#c8c8c8";
              document.querySelector("main").append(p);
            }
            """);

        var failure = await Assert.ThrowsAsync<FailException>(() => Accessibility.AssertNoSeriousViolationsAsync(session.Page));
        Assert.Contains("label [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast [serious]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#Input_Email", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#pale", failure.Message, StringComparison.Ordinal);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);

        // Deque's own (slower, isolated) run agrees on which rules fail.
        var ours = Accessibility.Serious(await Accessibility.RunAsync(session.Page)).Select(v => v.Id).Order();
        var theirs = Accessibility.Serious(await session.Page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(Accessibility.WcagTags) })).Select(v => v.Id).Order();
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public async Task The_browser_refuses_an_inline_script_without_the_nonce_and_the_next_page_check_fails_on_it()
    {
        await using var session = await fixture.NewSessionAsync("visitor");
        await session.GotoAsync("/Account/Login");

        var ran = await session.Page.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement("script");
              script.textContent = "window.injected = true;";
              document.body.append(script);
              return window.injected === true;
            }
            """);
        Assert.False(ran, "An inline script without the CSP nonce ran.");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => session.GotoAsync("/Account/Login"));
        Assert.Contains("browser console errors", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Content Security Policy", failure.Message, StringComparison.Ordinal);
    }
}
