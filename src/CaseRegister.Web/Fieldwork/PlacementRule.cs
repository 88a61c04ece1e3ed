using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Fieldwork;

// Item 8 of the fieldwork issue: a follow-up interview that reports a care setting other than the
// case's latest placement means the youth moved. The history is appended, never overwritten, so
// the answer becomes a new placement starting on the interview date.
public static class PlacementRule
{
    public static CareSetting? SettingToAppend(string? answeredCode, CareSetting? latest)
    {
        // Only the protocol's codes, by name: Enum.TryParse would also take "3".
        if (answeredCode is null || !Enum.GetNames<CareSetting>().Contains(answeredCode, StringComparer.Ordinal))
            return null;
        var setting = Enum.Parse<CareSetting>(answeredCode);
        return setting == latest ? null : setting;
    }
}
