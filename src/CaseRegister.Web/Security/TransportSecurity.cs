using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseRegister.Web.Security;

public static class TransportSecurity
{
    // Behind a TLS-terminating reverse proxy (App:BehindProxy = true) the proxy's
    // X-Forwarded-Proto/-For tell the app that the user's connection is HTTPS.
    // Locally, a browser talking to http://localhost over loopback is a secure context (W3C Secure
    // Contexts): the traffic never leaves the machine and browsers keep Secure cookies there. The
    // request is then treated as HTTPS so that the Secure-only cookies and antiforgery work for
    // the `dotnet run` set-up. Only when both ends and the Host header are loopback.
    public static IApplicationBuilder UseTransportSecurity(this WebApplication app)
    {
        if (app.Configuration.GetValue("App:BehindProxy", false))
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            app.UseForwardedHeaders(options);
        }
        return app.Use((context, next) =>
        {
            if (!context.Request.IsHttps && IsLoopback(context)) context.Request.Scheme = Uri.UriSchemeHttps;
            return next(context);
        });
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && context.Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
