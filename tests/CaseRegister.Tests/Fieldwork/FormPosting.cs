using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;

namespace CaseRegister.Tests.Fieldwork;

// Submits a form the way a browser does: the form found on the page (by a CSS selector), its
// hidden fields and antiforgery token, posted to the form's action or to the clicked button's
// formaction. The fieldwork pages carry the case id in the query string, which TestBrowser's
// SubmitAsync cannot combine with a handler.
internal static class FormPosting
{
    public static async Task<HttpResponseMessage> PostFormAsync(
        this TestBrowser browser, string getPath, string formSelector, Dictionary<string, string> fields, string? buttonSelector = null)
    {
        var page = await browser.PageAsync(getPath);
        return await browser.PostFormAsync(page, formSelector, fields, buttonSelector);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(
        this TestBrowser browser, IHtmlDocument page, string formSelector, Dictionary<string, string> fields, string? buttonSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var action = form.GetAttribute("action")!;
        if (buttonSelector is not null)
        {
            var button = page.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button '{buttonSelector}' on the page.");
            action = button.GetAttribute("formaction") ?? action;
        }
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && i.Name is not null && !fields.ContainsKey(i.Name!)))
            values.Add(new(hidden.Name!, hidden.Value));
        foreach (var (key, value) in fields)
        {
            // "Input.Answers[x]" => "a;b" posts two values, like two ticked checkboxes.
            if (key.EndsWith("[]", StringComparison.Ordinal))
                values.AddRange(value.Split(';').Select(v => new KeyValuePair<string, string>(key[..^2], v)));
            else
                values.Add(new(key, value));
        }
        return await browser.Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    // Posts the same form values again, as a stale browser tab would.
    public static Task<HttpResponseMessage> PostRawAsync(this TestBrowser browser, string action, IEnumerable<KeyValuePair<string, string>> values) =>
        browser.Client.PostAsync(action, new FormUrlEncodedContent(values));
}
