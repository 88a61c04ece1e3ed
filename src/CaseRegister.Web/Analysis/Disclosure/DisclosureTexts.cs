namespace CaseRegister.Web.Analysis.Disclosure;

// The methods-note sentences, one per rule. Dutch is the key; Resources/en/analysis.json holds the
// English text. Keep the two in step (a test checks that every key has a translation).
public static class DisclosureTexts
{
    public static TextFragment FixedCatalogue { get; } = new(
        "De tabellen komen uit een vaste catalogus met vaste indelingen: per tabel ten hoogste twee indelingen plus de meting. Cohorten kunnen zijn samengevoegd.");

    public static TextFragment SmallCounts(DisclosureParameters parameters) => new(
        "Alle aantallen zijn aantallen unieke jongeren. Aantallen van 1 tot en met {0} worden niet getoond. Elk cijfer dat niet getoond wordt, om welke reden ook (hier en in de punten hieronder), staat in de tabellen als {1}. Aan een {1} is dus niet te zien of het aantal klein is of is weggelaten om een ander aantal te beschermen.",
        parameters.Threshold - 1, DisclosureParameters.WithheldLabel);

    public static TextFragment GroupDisclosure { get; } = new(
        "Als alle jongeren van een rij of kolom in één categorie vallen, wordt van die rij of kolom alleen het totaal getoond.");

    public static TextFragment SecondarySuppression { get; } = new(
        "Om te voorkomen dat een niet-getoond aantal uit totalen en andere cellen kan worden teruggerekend, zijn ook andere cellen niet getoond, ook als zij groot zijn. Een controle met een rangtoets bevestigt dat geen niet-getoonde cel uit de getoonde cijfers is af te leiden.");

    public static TextFragment Rounding(DisclosureParameters parameters) => new(
        "Getoonde aantallen zijn afgerond op een veelvoud van {0}. Totalen zijn afgerond vanuit de werkelijke totalen en kunnen daardoor afwijken van de som van de afgeronde cellen.",
        parameters.RoundingBase);

    public static TextFragment Percentages(DisclosureParameters parameters) => new(
        "Percentages worden alleen getoond als teller en noemer allebei ten minste {0} zijn, en nooit bij een niet-getoond aantal.",
        parameters.Threshold);

    public static TextFragment MeansAndDominance(DisclosureParameters parameters) => new(
        "Gemiddelde, standaarddeviatie en 95%-betrouwbaarheidsinterval worden alleen getoond bij ten minste {0} jongeren. Bij scheve aantallen (zoals dagen in zorg of aantal plaatsingen) bovendien alleen als de grootste bijdrage ten hoogste {1}% en de twee grootste bijdragen samen ten hoogste {2}% van het totaal vormen.",
        parameters.Threshold, (int)Math.Round(100 * parameters.LargestContributionLimit), (int)Math.Round(100 * parameters.TopTwoContributionLimit));

    public static TextFragment Quantiles(DisclosureParameters parameters) => new(
        "De mediaan wordt getoond bij ten minste {0} jongeren, het eerste en derde kwartiel bij ten minste {1} jongeren. Minimum, maximum, spreidingsbreedte en andere percentielen worden nooit getoond.",
        parameters.Threshold, parameters.QuartileMinimum);

    public static TextFragment PairedChange(DisclosureParameters parameters) => new(
        "Veranderingen tussen twee metingen zijn berekend over de jongeren met een waarde op beide metingen, en alleen getoond bij ten minste {0} paren. Het 95%-betrouwbaarheidsinterval gebruikt de t-verdeling van Student met n − 1 vrijheidsgraden.",
        parameters.Threshold);

    public static TextFragment Retention(DisclosureParameters parameters) => new(
        "In uitvalcurves zijn opeenvolgende metingen samengevoegd tot er ten minste {0} jongeren zijn uitgevallen.",
        parameters.Threshold);

    public static TextFragment Themes(DisclosureParameters parameters) => new(
        "Thema's tellen het aantal jongeren met een code, niet het aantal vermeldingen. Thema's met minder dan {0} jongeren zijn samengenomen onder 'Overig'. Citaten worden nooit getoond.",
        parameters.Threshold);

    public static TextFragment Differencing(DisclosureParameters parameters) => new(
        "Een cel die in één tabel niet getoond wordt, wordt in geen enkele tabel van deze uitgave getoond. Een aantal dat sinds een eerdere uitgave met minder dan {0} is veranderd, wordt niet getoond. Een cijfer over een deelgroep wordt alleen getoond als de rest van de groep ook ten minste {0} jongeren telt.",
        parameters.Threshold);
}

// Column and line labels the writers need for disclosure-controlled output.
public static class AnalysisLabels
{
    public static TextFragment N { get; } = new("Aantal jongeren (n)");

    public static TextFragment Pairs { get; } = new("Aantal paren (n)");

    public static TextFragment Mean { get; } = new("Gemiddelde");

    public static TextFragment StandardDeviation { get; } = new("Standaarddeviatie");

    public static TextFragment ConfidenceInterval { get; } = new("95%-betrouwbaarheidsinterval");

    public static TextFragment Median { get; } = new("Mediaan");

    public static TextFragment FirstQuartile { get; } = new("Eerste kwartiel");

    public static TextFragment ThirdQuartile { get; } = new("Derde kwartiel");

    public static TextFragment MeanChange { get; } = new("Gemiddelde verandering");

    public static TextFragment Total { get; } = new("Totaal");

    public static TextFragment Other => ThemeCounts.OtherLabel;

    public static TextFragment StartingCount { get; } = new("Aantal bij de start");

    public static TextFragment Events { get; } = new("Uitgevallen");

    public static TextFragment Retained { get; } = new("Nog in het onderzoek");

    public static TextFragment MethodsNoteTitle { get; } = new("Verantwoording: bescherming tegen onthulling");
}
