using System.Globalization;

namespace CaseRegister.Web.Domain.Inclusion;

// A message for the user, kept as a Dutch composite format plus its arguments rather than as
// finished text: the Dutch format is the localisation key (Resources/en/rules.json), so the page
// passes Format and Args to the localizer and English users get the translation. Dates are passed
// as DateOnly and formatted by the format itself ({0:dd-MM-yyyy}), so both languages agree.
// Field is the model-state key the enrolment form uses; "" means the message is about the whole
// form (ASP.NET shows it in the validation summary).
public sealed record RuleMessage(string Field, string Format, params object[] Args)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public string Render(IFormatProvider? provider = null) =>
        string.Format(provider ?? Dutch, Format, Args);

    public override string ToString() => $"{Field}: {Render()}";
}
