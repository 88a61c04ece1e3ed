namespace CaseRegister.Web.Domain.Waves;

// The Dutch reasons why an interview cannot be recorded. Each one is also a key in
// Resources/en/rules.json; a test keeps the two in step.
public static class WaveMessages
{
    public const string CaseWithdrawn =
        "Deze jongere is uit het onderzoek teruggetrokken. U kunt geen interviews meer vastleggen.";

    public const string CaseEnded =
        "De deelname van deze jongere aan het onderzoek is beëindigd. U kunt geen interviews meer vastleggen.";

    public const string ConsentBlocked =
        "De toestemming is niet compleet voor de huidige leeftijd van de jongere. U kunt pas een interview vastleggen als de toestemming er is.";

    public const string BaselineFirst =
        "Een vervolgmeting kan pas na de 0-meting (T0) worden vastgelegd.";
}
