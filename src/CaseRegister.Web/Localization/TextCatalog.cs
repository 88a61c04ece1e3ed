using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Localization;

// Marker for IStringLocalizer<SharedResource>: the app has one text catalogue.
public sealed class SharedResource;

// Dutch is the source language: the Dutch text is the key and is shown as-is. Other languages
// come from the embedded Resources/<language>/*.json files ({"Dutch": "translation"}); a missing
// translation falls back to Dutch, and a test lists keys used in views without a translation.
public sealed class TextCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> _languages = new(StringComparer.OrdinalIgnoreCase);

    public TextCatalog()
    {
        var assembly = typeof(TextCatalog).Assembly;
        const string prefix = "CaseRegister.Web.Resources.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var language = name[prefix.Length..].Split('.')[0];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Resource {name} is not a JSON object of strings.");
            if (!_languages.TryGetValue(language, out var texts)) _languages[language] = texts = new(StringComparer.Ordinal);
            foreach (var (key, value) in entries) texts[key] = value;
        }
    }

    public IReadOnlyDictionary<string, string> Language(string language) =>
        _languages.TryGetValue(language, out var texts) ? texts : new Dictionary<string, string>();

    public string? Find(string key, CultureInfo culture) =>
        _languages.TryGetValue(culture.TwoLetterISOLanguageName, out var texts) && texts.TryGetValue(key, out var value) ? value : null;
}

public sealed class CatalogStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Language(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

public sealed class CatalogStringLocalizerFactory(TextCatalog catalog) : IStringLocalizerFactory
{
    private readonly CatalogStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
