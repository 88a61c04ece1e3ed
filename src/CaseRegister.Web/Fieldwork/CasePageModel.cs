using CaseRegister.Web.Cases;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Fieldwork;

// The fieldwork pages about one case (/Cases/Contacts, Interview, Advice, Coding) take the case
// id from the query string only. The per-case check runs here, before any handler, so that no
// handler can forget it: every GET and POST, a handler name that does not exist, and an id that
// does not parse all end in 404, and CaseAccess audits the denial.
public abstract class CasePageModel(CaseAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public CaseRef Case { get; private set; } = null!;

    protected IStringLocalizer<SharedResource> L { get; } = l;

    public CaseNav Nav => new(Case.Id, Case.ResearchCode, GetType().Name.Replace("Model", "", StringComparison.Ordinal));

    // Not a handler: without the attribute Razor Pages would also list this override as a handler
    // for an HTTP method named "PAGE".
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = Guid.TryParse(Request.Query["id"], out var parsed) ? parsed : Guid.Empty;
        var found = await access.FindAsync(User, id, HttpContext.RequestAborted);
        if (found is null || context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }

        Case = found;
        await next();
    }

    // A posted id (wave, interview, advice, code) that is not part of this case: audited like
    // reaching for the other case by URL (CaseAccess), and a 404 either way.
    protected async Task<IActionResult> RefuseForeignAsync(Guid? otherCaseId)
    {
        await access.RefuseForeignAsync(User, Case.Id, otherCaseId, HttpContext.RequestAborted);
        return NotFound();
    }

    // The first error of a field, for the message next to it (the views link it with aria-describedby).
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<(string Key, string Message)> AllErrors() =>
        ModelState.Where(e => e.Value is { Errors.Count: > 0 }).SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)));

    // Form fields are bound as text and parsed here, so that a wrong value gets a Dutch message
    // that names the field, and the form shows back exactly what was typed.
    protected DateOnly? RequiredDate(string? text, string key, string field, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(key, L[FieldworkTexts.DateMissing, L[field]]);
            return null;
        }
        var date = StudyCalendar.ParseDate(text);
        if (date is null)
            ModelState.AddModelError(key, L[FieldworkTexts.DateInvalid, L[field]]);
        else if (date > today)
            ModelState.AddModelError(key, L[FieldworkTexts.DateInFuture, L[field], Cultures.Date(date.Value)]);
        return date;
    }

    protected TEnum? Choice<TEnum>(string? text, string key, string field) where TEnum : struct, Enum
    {
        if (text is not null && Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
            return Enum.Parse<TEnum>(text);
        ModelState.AddModelError(key, L[FieldworkTexts.ChooseOption, L[field]]);
        return null;
    }

    protected string? LimitedText(string? text, string key, string field, int max)
    {
        // Browsers post line breaks as CRLF; the limit is about what the user typed.
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (value is not null && value.Length > max)
            ModelState.AddModelError(key, L[FieldworkTexts.TextTooLong, L[field], max, value.Length]);
        return value;
    }
}
