using System.Globalization;

namespace CaseRegister.Web.Analysis;

// A sentence a user reads. The Dutch text is the localisation key (Resources/<culture>/analysis.json
// maps it to other languages); the arguments are filled in after translation so that translators
// see the placeholders, not the numbers.
public sealed record TextFragment(string Key, IReadOnlyList<object> Arguments)
{
    public TextFragment(string key, params object[] arguments) : this(key, (IReadOnlyList<object>)arguments)
    {
    }

    public string Format(Func<string, string>? translate = null, IFormatProvider? culture = null) =>
        string.Format(culture ?? CultureInfo.InvariantCulture, (translate ?? (k => k))(Key), Arguments.ToArray());

    public override string ToString() => Format();
}
