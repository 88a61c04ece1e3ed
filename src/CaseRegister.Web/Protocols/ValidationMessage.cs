using System.Globalization;

namespace CaseRegister.Web.Protocols;

// A user-facing message kept as its Dutch format string plus arguments, so the page can pass both
// to the localizer (which uses the Dutch text as key) and format for the user's culture.
public sealed record ValidationMessage(string Format, object[] Args)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public override string ToString() => ToString(Format, Dutch);

    public string ToString(string translatedFormat, IFormatProvider culture) =>
        string.Format(culture, translatedFormat, Args);
}

// The Dutch format strings of AnswerValidator. Each one has an English entry in
// Resources/en/protocols.json; a test keeps the two in step.
public static class AnswerMessages
{
    public const string Required = "'{0}' is verplicht. Vul een antwoord in of kies een code voor ontbrekende gegevens.";
    public const string AnswerAndMissingCode = "Bij '{0}' zijn zowel een antwoord als een code voor ontbrekende gegevens ingevuld. Kies één van beide.";
    public const string OneAnswerOnly = "Bij '{0}' kan maar één antwoord worden gekozen.";
    public const string NotANumber = "'{0}' moet een getal zijn, bijvoorbeeld 12 of 12,5.";
    public const string NotAWholeNumber = "'{0}' moet een geheel getal zijn.";
    public const string TooManyDecimals = "'{0}' heeft te veel cijfers achter de komma (hoogstens {1}).";
    public const string OutOfRange = "'{0}' moet tussen {1} en {2} liggen.";
    public const string BelowMinimum = "'{0}' moet {1} of meer zijn.";
    public const string AboveMaximum = "'{0}' mag hoogstens {1} zijn.";
    public const string NotADate = "'{0}' is geen geldige datum. Gebruik de vorm dd-mm-jjjj, bijvoorbeeld 31-01-2026.";
    public const string DateInFuture = "'{0}' ligt in de toekomst ({1:dd-MM-yyyy}). Vul een datum in tot en met vandaag.";
    public const string DateTooEarly = "'{0}' ligt voor {1:dd-MM-yyyy}. Controleer het jaartal.";
    public const string UnknownOption = "Bij '{0}' bestaat de keuze '{1}' niet. Kies een van de getoonde antwoorden.";
    public const string ExclusiveOption = "Bij '{0}' kan '{1}' niet samen met andere antwoorden worden gekozen.";
    public const string NotYesOrNo = "Bij '{0}' kan alleen ja of nee worden gekozen.";
    public const string TextTooLong = "De notitie bij '{0}' is te lang: maximaal {1:N0} tekens (u heeft er {2:N0} ingevoerd). Splits de notitie of vat samen.";

    public static IReadOnlyList<string> All { get; } =
    [
        Required, AnswerAndMissingCode, OneAnswerOnly, NotANumber, NotAWholeNumber, TooManyDecimals, OutOfRange,
        BelowMinimum, AboveMaximum, NotADate, DateInFuture, DateTooEarly, UnknownOption, ExclusiveOption, NotYesOrNo, TextTooLong,
    ];
}
