using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;

namespace CaseRegister.EndToEnd.Accounts;

// SPEC §5: fully usable by keyboard. Only Tab, typing and Enter; no clicks.
public class KeyboardLoginTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task A_user_can_log_in_with_the_keyboard_alone_and_always_sees_where_the_focus_is()
    {
        var account = await fixture.Server.CreateAccountAsync(Roles.Coordinator, displayName: "Kees Toetsenbord");
        await using var session = await fixture.NewSessionAsync("keyboard");
        await session.GotoAsync("/Account/Login");

        // The skip link is the first tab stop, visible when focused, and takes focus to the content.
        await TabToAsync(session, "a.skip-link", maxPresses: 1);
        await session.PressAsync("Enter");
        await session.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        Assert.EndsWith("#main", session.Page.Url, StringComparison.Ordinal);

        // From the content, the e-mail field is the next stop; then the password and the button.
        await TabToAsync(session, "input[name=Input.Email]", maxPresses: 1);
        await session.Page.Keyboard.TypeAsync(account.Email);
        await TabToAsync(session, "input[name=Input.Password]", maxPresses: 1);
        await session.Page.Keyboard.TypeAsync(account.Password);
        await TabToAsync(session, "button", maxPresses: 1);
        await session.NavigateAsync(() => session.PressAsync("Enter"));
        Assert.StartsWith("/Account/TwoFactor", session.PathAndQuery, StringComparison.Ordinal);

        // The second step: Tab on to the code field (the #main the browser carried over from the
        // skip link puts the starting point in the content already), type the code, Enter.
        Assert.EndsWith("#main", session.Page.Url, StringComparison.Ordinal);
        await TabToAsync(session, "input[name=Input.Code]", maxPresses: 10);
        await session.Page.Keyboard.TypeAsync(await fixture.Server.FreshCodeAsync(account));
        await session.NavigateAsync(() => session.PressAsync("Enter"));

        await session.AssertSignedInAsync(account);
    }

    [Fact]
    public async Task Every_tab_stop_on_the_login_page_shows_a_visible_focus_indicator()
    {
        await using var session = await fixture.NewSessionAsync("keyboard");
        await session.GotoAsync("/Account/Login");

        // Walk the whole tab order once, until focus leaves the page or comes round again.
        var stops = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await session.PressAsync("Tab");
            var focused = await session.FocusedAsync();
            if (focused == "body" || stops.Contains(focused)) break;
            stops.Add(focused);
            var problem = await session.FocusProblemAsync();
            Assert.True(problem is null, $"Tab stop {stops.Count} ({focused}): {problem}");
        }

        Assert.Equal("a.skip-link", stops[0]);
        Assert.Contains("input[name=Input.Email]", stops);
        Assert.Contains("input[name=Input.Password]", stops);
        Assert.True(stops.IndexOf("input[name=Input.Email]") < stops.IndexOf("input[name=Input.Password]"), string.Join(" → ", stops));
        // The header's language switch is reachable by keyboard too.
        Assert.Contains(stops, s => s.StartsWith("button", StringComparison.Ordinal));
    }

    // Presses Tab until the expected element has focus (at most maxPresses times), checking at
    // every stop on the way that the focus can be seen.
    private static async Task TabToAsync(BrowserSession session, string expected, int maxPresses)
    {
        var seen = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await session.PressAsync("Tab");
            seen.Add(await session.FocusedAsync());
            var problem = await session.FocusProblemAsync();
            Assert.True(problem is null, $"Focus on {seen[^1]} is not visible: {problem}");
            if (seen[^1] == expected) break;
        }
        Assert.True(seen.Count > 0 && seen[^1] == expected, $"Expected focus on {expected} within {maxPresses} Tab(s); focus went: {string.Join(" → ", seen)}");
    }
}
