using System.Globalization;
using CaseRegister.Web.Localization;

namespace CaseRegister.Web.Fieldwork;

public static class StudyCalendar
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    // The calendar day in the Netherlands: an interview held at 00:30 on the 3rd is on the 3rd,
    // whatever UTC says.
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Cultures.ToAmsterdam(time.GetUtcNow().UtcDateTime));

    // Date inputs post yyyy-MM-dd; a typed Dutch date is accepted too.
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // The encrypted date of birth is stored as an ISO date (yyyy-MM-dd).
    public static DateOnly? ParseDateOfBirth(string? stored) => ParseDate(stored);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
