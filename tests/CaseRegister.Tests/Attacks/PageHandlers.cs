using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// One handler of one page, as Razor Pages itself sees it (the compiled page's handler list), so a
// handler added tomorrow is attacked by the tests without anyone listing it.
public sealed record PageHandler(string Page, string Template, string Verb, string Name, Type Model, IReadOnlyList<string> IdFields)
{
    public string Key => $"{Verb} {Page}{(Name.Length == 0 ? "" : " " + Name)}";

    public override string ToString() => Key;
}

public static class PageHandlers
{
    // Every handler of every page, with the names of the Guid-typed values it binds (handler
    // parameters, bound and query properties and their nested properties): the ids an attacker
    // can put in a form or query field.
    public static async Task<IReadOnlyList<PageHandler>> AllAsync(IServiceProvider services)
    {
        var descriptors = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>()
            .GroupBy(d => d.ViewEnginePath).Select(g => g.OrderByDescending(d => d.AttributeRouteInfo?.Template?.Length ?? 0).First());
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var model = compiled.ModelTypeInfo?.AsType() ?? compiled.PageTypeInfo.AsType();
            var template = "/" + (descriptor.AttributeRouteInfo?.Template ?? descriptor.ViewEnginePath.TrimStart('/'));
            var bound = compiled.BoundProperties.SelectMany(p => IdFieldsOf(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList();
            // Every verb is kept, odd ones included (any public method named On<Verb>... is a
            // handler to Razor Pages), so that a test can insist there are none but GET and POST.
            foreach (var handler in compiled.HandlerMethods)
            {
                var fields = handler.Parameters.SelectMany(p => IdFieldsOf(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType))
                    .Concat(bound).Where(f => f != "id").Distinct().ToList();
                handlers.Add(new PageHandler(descriptor.ViewEnginePath, template, handler.HttpMethod.ToUpperInvariant(), handler.Name ?? "", model, fields));
            }
        }
        return handlers.OrderBy(h => h.Page, StringComparer.Ordinal).ThenBy(h => h.Verb, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> IdFieldsOf(string name, Type type)
    {
        if (type == typeof(Guid) || type == typeof(Guid?))
        {
            yield return name;
            yield break;
        }
        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || typeof(IFormFile).IsAssignableFrom(type)) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            foreach (var field in IdFieldsOf($"{name}.{property.Name}", property.PropertyType))
                yield return field;
    }

    public static bool IgnoresAntiforgery(Type model) => model.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null;

    public static string Url(string path, string? handler, params (string Key, string Value)[] query)
    {
        var parts = query.Where(q => q.Value.Length > 0).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}").ToList();
        if (!string.IsNullOrEmpty(handler)) parts.Add("handler=" + handler);
        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }
}
