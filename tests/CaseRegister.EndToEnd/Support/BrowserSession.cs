using CaseRegister.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Support;

// One person at one browser: their own context (cookies), one tab. Every page this session
// arrives at is checked the same way: answered 200, in the expected language, no console errors
// (CSP refusals show up there), and no serious or critical axe-core violations.
//
// Selectors are names, ids and URLs, never visible text, so that the helpers work in both UI
// languages.
public sealed class BrowserSession : IAsyncDisposable
{
    // Filled by Playwright's event thread, read by the test.
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _consoleErrors = new();
    private readonly List<VisitedPage> _visited = [];

    private BrowserSession(string name, AppServer server, IBrowserContext context, IPage page)
    {
        Name = name;
        Server = server;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A browser asks for /favicon.ico on its own; the app has none, and that is no error of a page.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                _consoleErrors.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue($"{page.Url}: uncaught {error}");
    }

    public string Name { get; }
    public AppServer Server { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }

    // Once set (by UseLanguageAsync), every later page must be in this language: the choice sticks.
    public string? ExpectedLanguage { get; private set; }

    public IReadOnlyList<VisitedPage> Visited => _visited;

    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(30);

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, AppServer server, string name)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(),
            // The test server's certificate is self-signed (see AppServer).
            IgnoreHTTPSErrors = true,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        // Generous: CI shares a small machine, and a password hash (PBKDF2, 210,000 rounds) or the
        // first axe run can take seconds there. A missing element or page still fails the test.
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
        return new BrowserSession(name, server, context, await context.NewPageAsync());
    }

    // ---- Navigation: every way of reaching a page ends in ArrivedAsync --------------------------

    public async Task<IResponse> GotoAsync(string pathOrUrl, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(pathOrUrl) ?? throw new InvalidOperationException($"[{Name}] no response for {pathOrUrl}");
        await ArrivedAsync(response, expectedStatus);
        return response;
    }

    // A click or key press that loads a new document (a link, or a form post and its redirects).
    public async Task<IResponse> NavigateAsync(Func<Task> action, int expectedStatus = 200, string? what = null)
    {
        // The final response arrives before the browser swaps documents: wait for the main frame to
        // commit that response's document (not just for "load", which the old page already had).
        var committed = new List<string>();
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == Page.MainFrame) lock (committed) committed.Add(WithoutFragment(frame.Url));
        }
        Page.FrameNavigated += OnNavigated;
        try
        {
            var from = Page.Url;
            IResponse response;
            try
            {
                response = await Page.RunAndWaitForResponseAsync(action, r =>
                    r.Request.IsNavigationRequest && r.Frame == Page.MainFrame && r.Status is < 300 or >= 400);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"[{Name}] no new page within {ActionTimeout.TotalSeconds} s after {what ?? "the action"} on {from}.", ex);
            }
            var target = WithoutFragment(response.Url);
            var deadline = DateTime.UtcNow + ActionTimeout;
            while (true)
            {
                lock (committed) if (committed.Contains(target)) break;
                Assert.True(DateTime.UtcNow < deadline, $"[{Name}] {target} answered but its page never replaced {Page.Url}.");
                await Task.Delay(20);
            }
            // Asked of the document itself: Playwright's own load-state wait was seen to miss a
            // "load" that came right after the commit and hang on a busy machine.
            await Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
            await ArrivedAsync(response, expectedStatus);
            return response;
        }
        finally
        {
            Page.FrameNavigated -= OnNavigated;
        }
    }

    private static string WithoutFragment(string url) => url.Split('#')[0];

    public Task<IResponse> ClickAsync(string selector, int expectedStatus = 200) =>
        NavigateAsync(() => Page.Locator(selector).ClickAsync(), expectedStatus, $"clicking {selector}");

    private async Task ArrivedAsync(IResponse response, int expectedStatus)
    {
        var lang = await LanguageAsync();
        var title = await Page.TitleAsync();
        _visited.Add(new VisitedPage(PathAndQuery, lang, title));
        Assert.True(response.Status == expectedStatus,
            $"[{Name}] {response.Request.Method} {response.Url} answered {response.Status}, expected {expectedStatus} (page title: '{title}').");
        Assert.True(_consoleErrors.IsEmpty, $"[{Name}] browser console errors:\n{string.Join('\n', _consoleErrors)}");
        if (ExpectedLanguage is not null)
            Assert.True(lang == ExpectedLanguage, $"[{Name}] {PathAndQuery} is in '{lang}', expected '{ExpectedLanguage}' after choosing it.");
        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    // ---- Language -------------------------------------------------------------------------------

    public Task<string> LanguageAsync() => Page.EvaluateAsync<string>("() => document.documentElement.lang");

    // Uses the switch in the page header, as a person would; the choice then holds for the session.
    public async Task UseLanguageAsync(string lang)
    {
        ExpectedLanguage = lang;
        if (await LanguageAsync() == lang) return;
        var heading = await Page.Locator("h1").InnerTextAsync();
        await ClickAsync("header form[action='/Language'] button[type=submit]");
        // The same page, now translated (not just a different lang attribute).
        Assert.NotEqual(heading, await Page.Locator("h1").InnerTextAsync());
    }

    // ---- Accounts -------------------------------------------------------------------------------

    // Opens an invitation link, creates the account, enrols the authenticator and continues to the
    // home page: the whole sign-up a new user goes through.
    public async Task<TestAccount> AcceptInvitationAsync(string link, string displayName, string? email = null, string password = TestAccount.DefaultPassword)
    {
        await GotoAsync(link);
        var account = await CreateAccountAsync(displayName, email, password);
        await EnrolAuthenticatorAsync(account);
        await ContinueAfterEnrolmentAsync();
        await AssertSignedInAsync(account);
        return account;
    }

    // On the invitation page: fills in the form and lands on the authenticator page. Returns the
    // account with the key read from that page. An invitation's e-mail address is already filled in.
    public async Task<TestAccount> CreateAccountAsync(string displayName, string? email = null, string password = TestAccount.DefaultPassword)
    {
        Assert.StartsWith("/Account/Accept", PathAndQuery, StringComparison.Ordinal);
        var emailField = Page.Locator("input[name='Input.Email']");
        if (email is not null) await emailField.FillAsync(email);
        email = await emailField.InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(email), $"[{Name}] the account form has no e-mail address and the test gave none.");
        await Page.Locator("input[name='Input.DisplayName']").FillAsync(displayName);
        await Page.Locator("input[name='Input.Password']").FillAsync(password);
        await Page.Locator("input[name='Input.ConfirmPassword']").FillAsync(password);
        await ClickAsync("main form button[type=submit]");
        Assert.True(PathAndQuery == "/Account/Enrol", $"[{Name}] after creating the account: {PathAndQuery}, expected /Account/Enrol. Errors: {await ErrorsAsync()}");
        var role = await Server.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email} after sign-up.");
            return (await users.GetRolesAsync(user)).Single();
        });
        return new TestAccount(email, password, displayName, role, await ReadAuthenticatorKeyAsync());
    }

    // The key as the enrolment page shows it for typing over: lowercase groups of four.
    public async Task<string> ReadAuthenticatorKeyAsync()
    {
        var shown = (await Page.Locator("code.key").InnerTextAsync()).Trim();
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", shown);
        return shown.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    // Types the current code from the "app" and confirms; the page then shows the recovery codes.
    public async Task<IReadOnlyList<string>> EnrolAuthenticatorAsync(TestAccount account)
    {
        Assert.Equal("/Account/Enrol", PathAndQuery);
        await Page.Locator("input[name='Input.Code']").FillAsync(await Server.FreshCodeAsync(account));
        await ClickAsync("main form button[type=submit]");
        var codes = await Page.Locator("ul.codes code").AllInnerTextsAsync();
        Assert.True(codes.Count == 10, $"[{Name}] expected 10 recovery codes after enrolling, saw {codes.Count}. Errors: {await ErrorsAsync()}");
        return codes.Select(c => c.Trim()).ToList();
    }

    public async Task ContinueAfterEnrolmentAsync()
    {
        await ClickAsync("main a.button[href='/']");
        Assert.Equal("/", PathAndQuery);
    }

    // Password, then a fresh authenticator code; lands on the home page.
    public async Task LoginAsync(TestAccount account)
    {
        if (!PathAndQuery.StartsWith("/Account/Login", StringComparison.Ordinal)) await GotoAsync("/Account/Login");
        await Page.Locator("input[name='Input.Email']").FillAsync(account.Email);
        await Page.Locator("input[name='Input.Password']").FillAsync(account.Password);
        await ClickAsync("main form button[type=submit]");
        Assert.True(PathAndQuery.StartsWith("/Account/TwoFactor", StringComparison.Ordinal), $"[{Name}] after the password: {PathAndQuery}. Errors: {await ErrorsAsync()}");
        await Page.Locator("input[name='Input.Code']").FillAsync(await Server.FreshCodeAsync(account));
        await ClickAsync("main form button[type=submit]");
        await AssertSignedInAsync(account);
    }

    public async Task LogoutAsync()
    {
        await ClickAsync("header form[action='/Account/Logout'] button[type=submit]");
        Assert.Equal("/Account/Logout", PathAndQuery);
        Assert.DoesNotContain(await Context.CookiesAsync(), c => c.Name == AuthCookie);
    }

    // The home page greets the account by name, the header offers to log out, and the session
    // cookie is in the browser with the attributes SPEC §4.3 asks for.
    public async Task AssertSignedInAsync(TestAccount account)
    {
        Assert.True(PathAndQuery == "/", $"[{Name}] expected the home page, at {PathAndQuery}. Errors: {await ErrorsAsync()}");
        Assert.Contains(account.DisplayName, await Page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Page.Locator("header form[action='/Account/Logout']").CountAsync());
        var cookie = Assert.Single(await Context.CookiesAsync(), c => c.Name == AuthCookie);
        Assert.True(cookie is { Secure: true, HttpOnly: true, SameSite: SameSiteAttribute.Strict, Path: "/" },
            $"[{Name}] session cookie attributes: Secure={cookie.Secure} HttpOnly={cookie.HttpOnly} SameSite={cookie.SameSite} Path={cookie.Path}");
    }

    // On /Users: sends an invitation and returns the link the page shows for passing on.
    public async Task<string> InviteAsync(string email, string role)
    {
        if (PathAndQuery != "/Users") await ClickAsync("header nav a[href='/Users']");
        await Page.Locator("input[name='Input.Email']").FillAsync(email);
        await Page.Locator("select[name='Input.Role']").SelectOptionAsync(role);
        await ClickAsync("main form button[type=submit]");
        var link = (await Page.Locator("main code.wrap").InnerTextAsync()).Trim();
        Assert.StartsWith(Server.Url("/Account/Accept?token="), link, StringComparison.Ordinal);
        return link;
    }

    public const string AuthCookie = "__Host-CaseRegister";

    // The form's error summary and field messages, for failure messages.
    public async Task<string> ErrorsAsync() =>
        string.Join(" | ", (await Page.Locator(".errors li, .error, [role=alert]").AllInnerTextsAsync()).Where(t => !string.IsNullOrWhiteSpace(t)));

    // ---- Keyboard -------------------------------------------------------------------------------

    public Task PressAsync(string key) => Page.Keyboard.PressAsync(key);

    private string? _dateOrder;

    // The keys a person types into a date field for this date. The field orders day, month and
    // year by the browser's own locale (headless Chromium: month first), not by the page's, so the
    // order is found once on a scratch field, as a person reads it off the screen. Focus returns
    // to where it was.
    public async Task<string> DateKeysAsync(DateOnly date)
    {
        if (_dateOrder is null)
        {
            await Page.EvaluateAsync("""
                () => {
                  window.__focusBeforeProbe = document.activeElement;
                  const probe = document.createElement("input");
                  probe.type = "date";
                  probe.id = "date-order-probe";
                  document.body.append(probe);
                  probe.focus();
                }
                """);
            await Page.Keyboard.TypeAsync("01022000");
            var value = await Page.EvaluateAsync<string>("""
                () => {
                  const probe = document.getElementById("date-order-probe");
                  const value = probe.value;
                  probe.remove();
                  window.__focusBeforeProbe?.focus();
                  return value;
                }
                """);
            _dateOrder = value switch
            {
                "2000-02-01" => "ddMMyyyy",
                "2000-01-02" => "MMddyyyy",
                _ => throw new InvalidOperationException($"Typing 01022000 into a date field gave '{value}'."),
            };
        }
        return date.ToString(_dateOrder, System.Globalization.CultureInfo.InvariantCulture);
    }

    // What has focus now, e.g. "a.skip-link", "input[name=Input.Email]", "main#main".
    public Task<string> FocusedAsync() => Page.EvaluateAsync<string>("""
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return "body";
          if (el.name) return `${el.tagName.toLowerCase()}[name=${el.name}]`;
          if (el.id) return `${el.tagName.toLowerCase()}#${el.id}`;
          return el.tagName.toLowerCase() + (el.classList.length ? "." + [...el.classList].join(".") : "");
        }
        """);

    // The focused element is on screen, matches :focus-visible, and has a focus indicator (an
    // outline or a box shadow) with at least one colour at 3:1 against the background around it
    // (WCAG 2.1 SC 1.4.11 Non-text Contrast). Returns what is wrong, or null.
    public Task<string?> FocusProblemAsync() => Page.EvaluateAsync<string?>("""
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return "nothing has focus";
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth)
            return `focused element is off screen (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)})`;
          if (!el.matches(":focus-visible")) return "focus is not :focus-visible";
          const s = getComputedStyle(el);
          // Chromium's own focus ring (outline-style: auto) is two-tone and visible on any background.
          if (s.outlineStyle === "auto") return null;
          const rgb = text => { const m = /rgba?\(([^)]+)\)/.exec(text || ""); if (!m) return null;
            const [r, g, b, a = 1] = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return a === 0 ? null : [r, g, b]; };
          const rings = [];
          if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) rings.push(rgb(s.outlineColor));
          if (s.boxShadow && s.boxShadow !== "none") rings.push(rgb(s.boxShadow));
          if (rings.filter(Boolean).length === 0) return `no focus indicator (outline: ${s.outlineStyle} ${s.outlineWidth}, box-shadow: ${s.boxShadow})`;
          let around = [255, 255, 255];
          for (let p = el.parentElement; p; p = p.parentElement) { const c = rgb(getComputedStyle(p).backgroundColor); if (c) { around = c; break; } }
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
          const best = Math.max(...rings.filter(Boolean).map(c => contrast(c, around)));
          if (best < 3) return `focus indicator contrast ${best.toFixed(2)}:1 against rgb(${around}) is below 3:1 (outline ${s.outlineColor}, box-shadow ${s.boxShadow})`;
          return null;
        }
        """);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

public sealed record VisitedPage(string PathAndQuery, string Language, string Title);
