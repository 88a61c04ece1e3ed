using System.Globalization;

namespace CaseRegister.Web.Consent;

// A user-facing message as a Dutch format string plus its arguments. The Dutch format string is
// the localisation key (Resources/en/consent.json), so pages pass Format and Args to the localizer
// instead of showing ToString(), which is only the Dutch text for logs and exception messages.
public sealed class ConsentMessage
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public ConsentMessage(string format, params object[] args)
    {
        Format = format;
        Args = args;
    }

    public string Format { get; }

    public IReadOnlyList<object> Args { get; }

    public string ToString(IFormatProvider provider) => string.Format(provider, Format, [.. Args]);

    public override string ToString() => ToString(Dutch);
}
