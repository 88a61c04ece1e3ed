using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;

namespace CaseRegister.Web.Analysis.Catalogue;

// Every text of the analysis pack a reader sees, in Dutch. The Dutch text is the localisation key;
// Resources/en/analysispack.json holds the English (a test keeps the two complete).
public static class PackTexts
{
    public const string ReportTitle = "Analysepakket leren van casuïstiek";
    public const string ReportSubtitle = "Geanonimiseerde tabellen voor de begeleidingsgroep";
    public const string Cohorts = "Cohorten";
    public const string Waves = "Metingen";
    public const string Threshold = "Drempel";
    public const string Release = "Uitgave";
    public const string Produced = "Gemaakt op";
    public const string Contents = "Inhoud";
    public const string DemoWarning = "Let op: dit pakket is gemaakt uit demonstratiegegevens, niet uit echte casussen.";
    public const string NoTables = "Er zijn geen tabellen voor deze keuze.";
    public const string Definitions = "Definities en bronnen";
    public const string Chart = "Grafiek";
    public const string ChartNote = "De grafiek toont de cijfers uit de tabel; een niet-getoond cijfer heeft geen staaf.";
    public const string MethodsNote = "Verantwoording";
    public const string ReadmeFile = "toelichting.txt";
    public const string SheetColumn = "Blad";
    public const string TitleColumn = "Titel";
    public const string NoteColumn = "Toelichting";

    // Column headings.
    public const string Wave = "Meting";
    public const string Total = "Totaal";
    public const string Count = "Aantal";
    public const string Group = "Groep";
    public const string AllYouths = "Alle jongeren";
    public const string FromWave = "Van meting";
    public const string ToWave = "Naar meting";
    public const string Interval = "Metingen";
    public const string Events = "Uitgevallen";
    public const string Retained = "Nog in het onderzoek";
    public const string Start = "Bij de start";
    public const string Theme = "Thema";
    public const string YouthsWithTheme = "Aantal jongeren";
    public const string CiLower = "95%-BI ondergrens";
    public const string CiUpper = "95%-BI bovengrens";
    public const string RowPercentages = "Rijpercentages: het deel van de jongeren in de rij.";

    // The seven families of SPEC §3.1.
    public static IReadOnlyList<string> FamilyTitles { get; } =
    [
        "Inschrijving en deelname",
        "Behoud en uitval",
        "Overgangen tussen zorgvormen",
        "Uitkomsten per meting",
        "Meekijkspoor: adviezen",
        "Thema's",
        "Overgang 18−/18+",
    ];

    // Dimension names as headings.
    public static IReadOnlyDictionary<string, string> DimensionLabels { get; } = new Dictionary<string, string>
    {
        ["cohort"] = "Cohort",
        ["region"] = "Regio",
        ["setting"] = "Zorgvorm bij inclusie",
        ["ageband"] = "Leeftijd bij inclusie",
        ["sex"] = "Geslacht",
        ["informant"] = "Informant",
        ["status"] = "Status van de meting",
        ["from"] = "Zorgvorm bij de eerste meting",
        ["to"] = "Zorgvorm bij de tweede meting",
        ["category"] = "Onderwerp van het advies",
        ["addressee"] = "Advies gericht aan",
        ["followed"] = "Opgevolgd",
        ["improved"] = "Situatie verbeterd",
        ["age18"] = "Leeftijd",
        ["before18"] = "Zorg voor de 18e verjaardag",
        ["after18"] = "Zorg na de 18e verjaardag",
    };

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [nameof(CareSetting.JeugdzorgPlus)] = "JeugdzorgPlus (JZ+)",
        [nameof(CareSetting.Jji)] = "Justitiële jeugdinrichting (JJI)",
        [nameof(CareSetting.JGgz)] = "Jeugd-GGZ met opname (J-GGZ)",
        [nameof(CareSetting.Obc)] = "Orthopedagogisch behandelcentrum (OBC)",
        [nameof(CareSetting.Other)] = "Overig of onbekend",
    };

    public static IReadOnlyDictionary<string, string> SettingBands { get; } = new Dictionary<string, string>
    {
        [Bands.Intensive] = "Zeer intensieve zorg (JZ+, JJI, J-GGZ, OBC)",
        [Bands.Residential] = "Open residentieel of kleinschalig wonen",
        [Bands.FamilyBased] = "Gezinshuis of pleegzorg",
        [Bands.Home] = "Thuis",
        [Bands.Independent] = "Zelfstandig wonen",
        [Bands.OtherSetting] = "Detentie of overig",
    };

    public static IReadOnlyDictionary<string, string> ContinuityBands { get; } = new Dictionary<string, string>
    {
        [Bands.InCare] = "In zorg of verblijf",
        [Bands.HomeOrIndependent] = "Thuis of zelfstandig",
        [Bands.OtherSetting] = "Detentie of overig",
        [Bands.Unknown] = "Onbekend",
    };

    public static IReadOnlyDictionary<string, string> AgeBands { get; } = new Dictionary<string, string>
    {
        ["8-11"] = "8–11 jaar",
        ["12-15"] = "12–15 jaar",
        ["16-17"] = "16–17 jaar",
        ["18+"] = "18 jaar en ouder",
    };

    public static IReadOnlyDictionary<string, string> Sexes { get; } = new Dictionary<string, string>
    {
        [nameof(Sex.Female)] = "Meisje of vrouw",
        [nameof(Sex.Male)] = "Jongen of man",
        [nameof(Sex.Other)] = "Anders",
        [nameof(Sex.NotReported)] = "Niet opgegeven",
    };

    public static IReadOnlyDictionary<string, string> Informants { get; } = new Dictionary<string, string>
    {
        [nameof(Informant.Youth)] = "Jongere",
        [nameof(Informant.Parent)] = "Ouder",
        [nameof(Informant.Professional)] = "Professional",
    };

    public static IReadOnlyDictionary<string, string> WaveOutcomes { get; } = new Dictionary<string, string>
    {
        [Bands.Completed] = "Afgerond",
        [Bands.Missed] = "Gemist",
        [Bands.Withdrawn] = "Teruggetrokken",
        [Bands.Lost] = "Uit beeld of overleden",
        [Bands.Open] = "Nog open",
    };

    public static IReadOnlyDictionary<string, string> AdviceCategories { get; } = new Dictionary<string, string>
    {
        [nameof(AdviceCategory.CareOffer)] = "Zorgaanbod",
        [nameof(AdviceCategory.Cooperation)] = "Samenwerking",
        [nameof(AdviceCategory.Education)] = "Onderwijs",
        [nameof(AdviceCategory.Family)] = "Gezin",
        [nameof(AdviceCategory.Safety)] = "Veiligheid",
        [nameof(AdviceCategory.Transition18)] = "Overgang 18−/18+",
        [nameof(AdviceCategory.Funding)] = "Financiering",
        [nameof(AdviceCategory.Housing)] = "Wonen",
        [nameof(AdviceCategory.Other)] = "Overig",
    };

    public static IReadOnlyDictionary<string, string> Addressees { get; } = new Dictionary<string, string>
    {
        [nameof(AdviceAddressee.Family)] = "Gezin",
        [nameof(AdviceAddressee.Provider)] = "Zorgaanbieder",
        [nameof(AdviceAddressee.Municipality)] = "Gemeente",
        [nameof(AdviceAddressee.Region)] = "Regio",
    };

    public static IReadOnlyDictionary<string, string> Followed { get; } = new Dictionary<string, string>
    {
        [nameof(AdviceFollowed.Yes)] = "Opgevolgd",
        [nameof(AdviceFollowed.Partly)] = "Deels opgevolgd",
        [nameof(AdviceFollowed.No)] = "Niet opgevolgd",
        [nameof(AdviceFollowed.NotKnown)] = "Niet bekend",
        [Bands.Pending] = "Nog niet beoordeeld",
    };

    public static IReadOnlyDictionary<string, string> Improved { get; } = new Dictionary<string, string>
    {
        [nameof(Improvement.Yes)] = "Verbeterd",
        [nameof(Improvement.Partly)] = "Deels verbeterd",
        [nameof(Improvement.No)] = "Niet verbeterd",
        [nameof(Improvement.NotKnown)] = "Niet bekend",
        [Bands.Pending] = "Nog niet beoordeeld",
    };

    public static IReadOnlyDictionary<string, string> EighteenGroups { get; } = new Dictionary<string, string>
    {
        [Bands.UnderEighteen] = "Jonger dan 18 in de gekozen metingen",
        [Bands.TurnedEighteen] = "18 geworden tijdens het onderzoek",
        [Bands.AdultAtInclusion] = "18 jaar of ouder bij inclusie",
    };

    // Table titles and notes.
    public const string EnrolmentByRegion = "Ingeschreven jongeren per cohort en regio";
    public const string EnrolmentBySetting = "Ingeschreven jongeren per cohort en zorgvorm bij inclusie";
    public const string EnrolmentByAge = "Ingeschreven jongeren per cohort en leeftijd bij inclusie";
    public const string EnrolmentBySex = "Ingeschreven jongeren per cohort en geslacht";
    public const string Participation = "Deelname: jongeren met een afgerond gesprek, per meting en informant";
    public const string ParticipationNote = "Een jongere kan bij meer informanten meetellen; de rijen tellen daarom niet op tot een totaal.";
    public const string WaveStatus = "Status van de metingen per cohort";
    public const string RetentionCohort = "Behoud in het onderzoek: {0}";
    public const string RetentionAll = "Behoud in het onderzoek, alle gekozen cohorten samen";
    public const string RetentionNote = "Uitgevallen: teruggetrokken, uit beeld of overleden. Het percentage nog in het onderzoek is geschat met de productlimietmethode (Kaplan-Meier) over de metingen.";
    public const string Transitions = "Overgangen tussen zorgvormen van meting tot meting";
    public const string TransitionsNote = "Jongeren met een bekende zorgvorm bij beide metingen.";
    public const string ProblemSeverity = "Ernst van de problemen volgens de jongere (0–10)";
    public const string Strengths = "Wat goed gaat volgens de jongere (0–10)";
    public const string GoalAttainment = "Doelrealisatie, belangrijkste doel (GAS, −2 tot +2)";
    public const string DaysInCare = "Dagen in zorg sinds de vorige meting";
    public const string Placements = "Overplaatsingen sinds de vorige meting";
    public const string ChangeTitle = "Verandering tussen metingen: {0}";
    public const string ChangeNote = "Alleen jongeren met een waarde bij beide metingen (paren). Een positieve verandering is een hogere score bij de latere meting.";
    public const string AdviceGiven = "Jongeren met een advies, naar onderwerp en geadresseerde";
    public const string AdviceFollowedByCategory = "Opvolging van adviezen, naar onderwerp";
    public const string AdviceFollowedByAddressee = "Opvolging van adviezen, naar geadresseerde";
    public const string AdviceImprovement = "Opvolging van adviezen en verbetering van de situatie";
    public const string AdviceNote = "Aantallen jongeren met ten minste één advies in de cel; een jongere kan in meer cellen meetellen, daarom zijn er geen totalen.";
    public const string Themes = "Thema's: {0}";
    public const string ThemesNote = "Aantal jongeren bij wie het thema in een meting is gecodeerd.";
    public const string EighteenByCohort = "Overgang 18−/18+: leeftijd per cohort";
    public const string EighteenContinuity = "Overgang 18−/18+: zorg voor en na de 18e verjaardag";
    public const string EighteenContinuityNote = "Jongeren die tijdens het onderzoek 18 zijn geworden.";

    // Definitions for the methods note: how each table was made from the register.
    public static IReadOnlyList<string> DefinitionTexts { get; } =
    [
        "Eenheid is de jongere (casus). Casussen die met wissing van alle gegevens zijn teruggetrokken, tellen nergens mee.",
        "Leeftijd: de leeftijd in hele jaren die bij inclusie, bij elk gesprek en bij elke plaatsing is vastgelegd. Geboortedata worden voor analyses niet gebruikt.",
        "Zorgvorm bij inclusie: de plaatsing die op de inclusiedatum liep.",
        "Zorgvorm bij een meting: het antwoord van de jongere op de vraag waar hij of zij nu woont; ontbreekt dat, dan de plaatsing die liep op de datum waarop de meting is afgerond.",
        "Status van een meting: een meting na het einde van de deelname telt als teruggetrokken of als uit beeld (uit beeld omvat ook overlijden); anders telt de status van de meting zelf.",
        "Uitkomstmaten komen uit het gesprek met de jongere. Metingen zonder afgerond gesprek met de jongere tellen niet mee; antwoorden van ouders of professionals worden niet aangevuld, omdat informanten verschillend oordelen.",
        "Adviezen: alleen adviezen (geen terugkoppeling zonder advies) die bij een gekozen meting zijn gegeven. 'Nog niet beoordeeld' betekent dat de opvolging nog niet bij een volgende meting is vastgelegd.",
        "Thema's: codes uit het codeboek, per jongere en meting; vrije tekst en citaten komen nooit in dit pakket.",
        "18 geworden: jonger dan 18 bij inclusie en 18 of ouder bij een gesprek in een van de gekozen metingen. Zorg voor de 18e verjaardag: de zorgvorm bij de laatste meting voor de 18e verjaardag (of bij inclusie); zorg erna: de zorgvorm bij de eerste meting daarna, of anders een plaatsing die na de 18e verjaardag is begonnen.",
    ];

    public const string DemoDefinition = "Er zijn alleen demonstratiecasussen in het register; daarom is dit pakket uit demonstratiegegevens gemaakt. In een register met echte casussen tellen demonstratiecasussen niet mee.";

    public static IEnumerable<string> AllKeys()
    {
        foreach (var field in typeof(PackTexts).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            yield return (string)field.GetRawConstantValue()!;
        var lists = new[] { FamilyTitles, DefinitionTexts };
        foreach (var text in lists.SelectMany(l => l)) yield return text;
        var maps = new[] { DimensionLabels, Settings, SettingBands, ContinuityBands, AgeBands, Sexes, Informants, WaveOutcomes, AdviceCategories, Addressees, Followed, Improved, EighteenGroups };
        foreach (var text in maps.SelectMany(m => m.Values)) yield return text;
    }
}
