using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseRegister.Web.Cases;

// A handler name that matches no handler (?handler=Delete, or a GET for a POST-only handler)
// makes Razor Pages render the page without running any handler, and so without the per-case
// check. On the case pages that is a 404; when the id names a case out of reach, the attempt is
// audited like any other (SPEC §4.4). CasePageModel does the same for the fieldwork pages.
public sealed class UnknownHandlerIsNotFound : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is not null)
        {
            await next();
            return;
        }
        var http = context.HttpContext;
        if (Guid.TryParse(http.Request.Query["id"], out var id))
            await http.RequestServices.GetRequiredService<CaseAccess>().FindAsync(http.User, id, http.RequestAborted);
        context.Result = new NotFoundResult();
    }
}
