using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace CaseRegister.EndToEnd.Support;

// SPEC §5: WCAG 2.1 AA, measured as "axe-core reports no serious or critical violations".
//
// axe-core (the copy bundled in Deque.AxeCore.Commons) runs inside the page with `axe.run`, and its
// results are read into Deque's AxeResult. Deque.AxeCore.Playwright's `page.RunAxe()` gives the
// same results (AccessibilityCheckTests compares the two), but it finishes every run in a freshly
// opened browser context, to be safe from cross-origin frames and hostile page scripts, which this
// app does not have: 2.5–5 s per page on the CI machine against ~0.5 s here, and the journeys
// check some 45 pages.
public static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] FailingImpacts = ["serious", "critical"];

    private static readonly object RunOptions = new { runOnly = new { type = "tag", values = WcagTags }, resultTypes = new[] { "violations" } };

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    public static async Task<AxeResult> RunAsync(IPage page)
    {
        // CDP evaluation is not subject to the page's Content-Security-Policy, so no nonce is needed.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync($"() => {{ {AxeScript.Value} }}");
        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await axe.run(document, options))",
            RunOptions);
        return new AxeResult(JObject.Parse(json));
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var failing = Serious(await RunAsync(page));
        if (failing.Count == 0) return;

        var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        Assert.Fail(Describe(failing, $"{page.Url} (lang={lang})"));
    }

    public static IReadOnlyList<AxeResultItem> Serious(AxeResult result) =>
        result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();

    public static string Describe(IReadOnlyList<AxeResultItem> violations, string where)
    {
        var report = new StringBuilder($"axe-core found {violations.Count} serious/critical WCAG 2.1 A/AA violation(s) on {where}:");
        foreach (var violation in violations)
        {
            report.AppendLine().Append($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
                report.AppendLine().Append($"    at {node.Target}: {node.Html}");
        }
        return report.ToString();
    }
}
