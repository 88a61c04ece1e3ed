using System.Globalization;
using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Protocols;

// The outcome of checking one answer: a value to store, an explicit missing code, nothing at all
// (an optional item left blank), or an error for the form.
public sealed record AnswerResult
{
    private AnswerResult(string? value, MissingCode? missingCode, ValidationMessage? error)
    {
        Value = value;
        MissingCode = missingCode;
        Error = error;
    }

    public string? Value { get; }

    public MissingCode? MissingCode { get; }

    public ValidationMessage? Error { get; }

    public bool IsValid => Error is null;

    public bool IsEmpty => IsValid && Value is null && MissingCode is null;

    public static AnswerResult Stored(string value) => new(value, null, null);

    public static AnswerResult Missing(MissingCode code) => new(null, code, null);

    public static AnswerResult Empty { get; } = new(null, null, null);

    public static AnswerResult Invalid(string format, params object[] args) => new(null, null, new ValidationMessage(format, args));
}

public sealed class AnswerValidator
{
    public const int MaxTextLength = 20_000;
    public const char MultipleChoiceSeparator = ';';
    public const string Yes = "yes";
    public const string No = "no";

    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public AnswerResult Validate(ProtocolItem item, string? answer, MissingCode? missingCode, DateOnly today) =>
        Validate(item, answer is null ? [] : [answer], missingCode, today);

    // values: what the form posted for the item (several values for a multiple choice).
    public AnswerResult Validate(ProtocolItem item, IReadOnlyList<string?>? values, MissingCode? missingCode, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (missingCode is { } code && !Enum.IsDefined(code))
            throw new ArgumentOutOfRangeException(nameof(missingCode), code, "Unknown missing-data code.");

        var given = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (given.Count > 0 && missingCode is not null)
            return AnswerResult.Invalid(AnswerMessages.AnswerAndMissingCode, item.Label);
        if (missingCode is { } missing)
            return AnswerResult.Missing(missing);
        if (given.Count == 0)
            return item.Required ? AnswerResult.Invalid(AnswerMessages.Required, item.Label) : AnswerResult.Empty;
        if (item.Type != ItemType.MultipleChoice && given.Count > 1)
            return AnswerResult.Invalid(AnswerMessages.OneAnswerOnly, item.Label);

        return item.Type switch
        {
            ItemType.Scale => Number(item, given[0], wholeNumbersOnly: true),
            ItemType.Number => Number(item, given[0], wholeNumbersOnly: item.Decimals == 0),
            ItemType.Date => Date(item, given[0], today),
            ItemType.SingleChoice => SingleChoice(item, given[0]),
            ItemType.MultipleChoice => MultipleChoice(item, given),
            ItemType.YesNo => YesNo(item, given[0]),
            ItemType.Text => Text(item, given[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type, "Unknown item type."),
        };
    }

    private static AnswerResult Number(ProtocolItem item, string raw, bool wholeNumbersOnly)
    {
        // Forms post a point (number inputs) or the Dutch comma (typed text); a group separator is
        // never accepted because "1.234" would be ambiguous.
        var text = raw.Trim().Replace('\u2212', '-').Replace(',', '.');
        if (text.Count(c => c == '.') > 1
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return AnswerResult.Invalid(wholeNumbersOnly ? AnswerMessages.NotAWholeNumber : AnswerMessages.NotANumber, item.Label);
        }

        var places = ProtocolParser.DecimalPlaces(value);
        if (wholeNumbersOnly && places > 0)
            return AnswerResult.Invalid(AnswerMessages.NotAWholeNumber, item.Label);
        if (places > item.Decimals)
            return AnswerResult.Invalid(AnswerMessages.TooManyDecimals, item.Label, item.Decimals);

        var belowMin = item.Min is { } min && value < min;
        var aboveMax = item.Max is { } max && value > max;
        if (belowMin || aboveMax)
        {
            return (item.Min, item.Max) switch
            {
                ({ } lo, { } hi) => AnswerResult.Invalid(AnswerMessages.OutOfRange, item.Label, lo, hi),
                ({ } lo, null) => AnswerResult.Invalid(AnswerMessages.BelowMinimum, item.Label, lo),
                (null, { } hi) => AnswerResult.Invalid(AnswerMessages.AboveMaximum, item.Label, hi),
                _ => throw new InvalidOperationException("Unreachable: a bound was violated without bounds."),
            };
        }

        // Normalised so that "2,50", "2.5" and "+2.5" are stored alike.
        return AnswerResult.Stored(value.ToString("0.######", CultureInfo.InvariantCulture));
    }

    private static AnswerResult Date(ProtocolItem item, string raw, DateOnly today)
    {
        if (!DateOnly.TryParseExact(raw.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return AnswerResult.Invalid(AnswerMessages.NotADate, item.Label);
        if (date > today)
            return AnswerResult.Invalid(AnswerMessages.DateInFuture, item.Label, date);
        if (date < EarliestDate)
            return AnswerResult.Invalid(AnswerMessages.DateTooEarly, item.Label, EarliestDate);
        return AnswerResult.Stored(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static AnswerResult SingleChoice(ProtocolItem item, string raw)
    {
        var code = raw.Trim();
        return item.FindOption(code) is null
            ? AnswerResult.Invalid(AnswerMessages.UnknownOption, item.Label, code)
            : AnswerResult.Stored(code);
    }

    private static AnswerResult MultipleChoice(ProtocolItem item, IReadOnlyList<string> raw)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in raw)
        {
            var code = value.Trim();
            if (item.FindOption(code) is null)
                return AnswerResult.Invalid(AnswerMessages.UnknownOption, item.Label, code);
            chosen.Add(code);
        }

        if (chosen.Count > 1 && item.Options.FirstOrDefault(o => o.Exclusive && chosen.Contains(o.Code)) is { } exclusive)
            return AnswerResult.Invalid(AnswerMessages.ExclusiveOption, item.Label, exclusive.Label);

        // Protocol order, so the same selection is always stored as the same string.
        var ordered = item.Options.Where(o => chosen.Contains(o.Code)).Select(o => o.Code);
        return AnswerResult.Stored(string.Join(MultipleChoiceSeparator, ordered));
    }

    private static AnswerResult YesNo(ProtocolItem item, string raw) =>
        raw.Trim().ToUpperInvariant() switch
        {
            "YES" or "JA" or "TRUE" => AnswerResult.Stored(Yes),
            "NO" or "NEE" or "FALSE" => AnswerResult.Stored(No),
            _ => AnswerResult.Invalid(AnswerMessages.NotYesOrNo, item.Label),
        };

    private static AnswerResult Text(ProtocolItem item, string raw)
    {
        // Browsers post line breaks as CRLF; normalising keeps the limit about what the user typed.
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Length > MaxTextLength
            ? AnswerResult.Invalid(AnswerMessages.TextTooLong, item.Label, MaxTextLength, text.Length)
            : AnswerResult.Stored(text);
    }
}
