namespace CaseRegister.Web.Domain.Inclusion;

// The Dutch message formats of the inclusion rules. Each one is also a key in
// Resources/en/rules.json; a test keeps the two in step.
public static class InclusionMessages
{
    public const string BornAfterInclusionDate =
        "De geboortedatum ligt na de inclusiedatum. Controleer beide datums.";

    public const string TooYoung =
        "De jongere is op de inclusiedatum {0} jaar. Deelname kan vanaf 8 jaar.";

    public const string AgeWarning =
        "De jongere is op de inclusiedatum {0} jaar. De Jeugdwet geldt tot 18 jaar en verlengde jeugdhulp tot 23 jaar. Bevestig dat u deze jongere toch wilt includeren.";

    public const string CareSettingMissing =
        "Kies de zorgsetting waarin de jongere nu verblijft.";

    public const string CareSettingNotIntensive =
        "Deelname kan alleen als de jongere nu zeer intensieve specialistische jeugdhulp krijgt in JZ+, JJI, J-GGZ of OBC.";

    public const string RegionMissing =
        "Kies de regio van de jongere.";

    public const string RegionNotInStudy =
        "Deze regio doet niet mee aan het onderzoek. Alleen jongeren uit een deelnemende regio kunnen deelnemen.";

    public const string ExpertTeamMissing =
        "Kies het regionale expertteam dat de jongere heeft besproken.";

    public const string ExpertTeamDateMissing =
        "Vul de datum in waarop het regionale expertteam de jongere heeft besproken.";

    public const string ExpertTeamDateInFuture =
        "De datum van de bespreking in het expertteam ({0:dd-MM-yyyy}) ligt in de toekomst.";

    public const string ExpertTeamDateAfterInclusionDate =
        "De bespreking in het expertteam ({0:dd-MM-yyyy}) is na de inclusiedatum ({1:dd-MM-yyyy}). De jongere moet op of voor de inclusiedatum besproken zijn.";

    public const string ConsentIncomplete =
        "De toestemming is nog niet compleet. Nog nodig: {0}.";

    public const string InclusionDateInFuture =
        "De inclusiedatum ({0:dd-MM-yyyy}) ligt in de toekomst.";

    public const string CohortClosed =
        "Het gekozen cohort is gesloten. U kunt alleen includeren in een open cohort.";

    public const string InclusionDateOutsideCohortPeriod =
        "De inclusiedatum ({0:dd-MM-yyyy}) valt buiten de inclusieperiode van het cohort ({1:dd-MM-yyyy} tot en met {2:dd-MM-yyyy}).";

    public const string PossibleDuplicate =
        "Deze jongere staat mogelijk al in het register: {0}. Controleer dit. Gaat het om een andere jongere, vul dan een reden in om toch te includeren.";
}
