using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CaseRegister.Web.Security;

// Request bodies are limited before anything reads them (SPEC §4.8): a declared Content-Length
// over the page's limit is answered 413 at once, and the server's own limit stops a body that
// does not declare its length. Pages accept 2 MB unless they declare more ([RequestSizeLimit]).
public static class RequestLimits
{
    public const long DefaultBodyLimit = 2 * 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // The friendly status page is rendered by re-executing the same (oversized) request.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return next(context);
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBodyLimit;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        return next(context);
    });
}
