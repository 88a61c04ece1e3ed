using System.Text.RegularExpressions;

namespace CaseRegister.Web.Analysis.Export;

// SPEC §3.4: a cell that begins with = + - @, a tab or a carriage return could be run as a formula
// when a CSV or XLSX file is opened in a spreadsheet (e.g. a region renamed "=HYPERLINK(...)").
// Such a cell gets a leading apostrophe, which spreadsheets show as text. A plain number such as
// -1.5 is left alone: it cannot be a formula, and prefixing it would turn every negative change
// or goal score into text. Every spreadsheet-bound writer (pack CSV and XLSX, microdata CSV) uses
// this one helper.
public static partial class SpreadsheetSafety
{
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || !IsTrigger(value[0]) || PlainNumber().IsMatch(value)) return value;
        return "'" + value;
    }

    public static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^[+-]?[0-9]+([.,][0-9]+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
