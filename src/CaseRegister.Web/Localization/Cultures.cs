using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CaseRegister.Web.Localization;

public static class Cultures
{
    public const string CookieName = "__Host-Language";

    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Dutch unless the user picked English: the browser's language is deliberately ignored.
    public static RequestLocalizationOptions Options() => new()
    {
        DefaultRequestCulture = new RequestCulture(Dutch),
        SupportedCultures = [Dutch, English],
        SupportedUICultures = [Dutch, English],
        RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }],
    };

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(ToAmsterdam(utc)));

    public static string DateTime(DateTime utc) => ToAmsterdam(utc).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateTime ToAmsterdam(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);
}
