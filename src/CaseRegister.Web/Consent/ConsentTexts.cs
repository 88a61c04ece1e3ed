namespace CaseRegister.Web.Consent;

// Every Dutch message the consent code shows a user, in one place, so that a test can prove each
// one has an English translation in Resources/en/consent.json. In the file messages {0} is the
// file name and {1} the line number.
public static class ConsentTexts
{
    // Consent template files
    public const string TemplateFolderMissing = "De map met toestemmingsformulieren '{0}' bestaat niet.";
    public const string TemplateFolderEmpty = "De map '{0}' bevat geen toestemmingsformulieren (*.md).";
    public const string NoFrontMatter = "{0}, regel {1}: het bestand begint niet met front matter (een regel '---').";
    public const string UnclosedFrontMatter = "{0}, regel {1}: de front matter wordt niet afgesloten met een regel '---'.";
    public const string BadId = "{0}, regel {1}: id '{2}' is ongeldig; gebruik kleine letters, cijfers en streepjes.";
    public const string BadVersion = "{0}, regel {1}: versie '{2}' is ongeldig; gebruik een heel getal vanaf 1.";
    public const string UnknownAudience = "{0}, regel {1}: onbekende doelgroep '{2}'; kies uit {3}.";
    public const string UnknownLanguage = "{0}, regel {1}: onbekende taal '{2}'; kies uit {3}.";
    public const string UnknownKind = "{0}, regel {1}: onbekende soort '{2}'; kies uit {3}.";
    public const string KindDoesNotFitAudience = "{0}, regel {1}: soort '{2}' past niet bij doelgroep '{3}'; instemming (assent) hoort bij youth-8-11, toestemming (consent) bij de andere doelgroepen.";
    public const string MaxAgeBelowMinAge = "{0}, regel {1}: max_age ({2}) is lager dan min_age ({3}).";
    public const string EmptyBody = "{0}, regel {1}: het formulier heeft geen tekst na de front matter.";
    public const string UnknownPlaceholder = "{0}, regel {1}: onbekende invulplek '{2}'; toegestaan zijn {3}.";
    public const string StrayBraces = "{0}, regel {1}: losse '{2}' buiten een geldige invulplek.";
    public const string DuplicateTemplate = "{0}, regel {1}: formulier '{2}' versie {3} in taal '{4}' staat ook in {5}.";
    public const string InconsistentAudience = "{0}, regel {1}: doelgroep en soort van formulier '{2}' verschillen van die in {3}; één id hoort bij één doelgroep en soort.";
    public const string AudienceAlreadyHasTemplate = "{0}, regel {1}: doelgroep '{2}' heeft al een formulier van soort '{3}' met id '{4}' ({5}); maak daarvan een nieuwe versie.";
    public const string InconsistentReconsent = "{0}, regel {1}: requires_reconsent van formulier '{2}' versie {3} verschilt van die in {4}; alle talen van één versie moeten hierin gelijk zijn.";

    // YAML in template front matter and in the policy file
    public const string YamlSyntax = "{0}, regel {1}: de YAML is niet geldig ({2}).";
    public const string NotAMapping = "{0}, regel {1}: hier worden velden verwacht (naam: waarde).";
    public const string NotAList = "{0}, regel {1}: veld '{2}' moet een lijst zijn.";
    public const string NotAScalar = "{0}, regel {1}: veld '{2}' moet één waarde hebben.";
    public const string UnknownField = "{0}, regel {1}: onbekend veld '{2}'.";
    public const string MissingField = "{0}, regel {1}: verplicht veld '{2}' ontbreekt.";
    public const string DuplicateField = "{0}, regel {1}: veld '{2}' staat er meer dan één keer in.";
    public const string EmptyField = "{0}, regel {1}: veld '{2}' is leeg.";
    public const string BadNumber = "{0}, regel {1}: '{2}' in veld '{3}' is geen geldig heel getal.";
    public const string NumberOutOfRange = "{0}, regel {1}: {2} in veld '{3}' moet tussen {4} en {5} liggen.";
    public const string BadBoolean = "{0}, regel {1}: '{2}' in veld '{3}' moet true of false zijn.";
    public const string BadDate = "{0}, regel {1}: '{2}' in veld '{3}' is geen geldige datum; gebruik jjjj-mm-dd.";

    // Consent policy file
    public const string PolicyFileMissing = "Het bestand met het toestemmingsbeleid '{0}' bestaat niet.";
    public const string EmptyList = "{0}, regel {1}: veld '{2}' mag niet leeg zijn.";
    public const string FirstBandStart = "{0}, regel {1}: de eerste leeftijdsgroep moet bij {2} jaar beginnen (inclusie vanaf {2} jaar), niet bij {3}.";
    public const string BandGap = "{0}, regel {1}: leeftijden {2} tot en met {3} jaar vallen in geen enkele leeftijdsgroep.";
    public const string BandOverlap = "{0}, regel {1}: de leeftijdsgroep vanaf {2} jaar overlapt met de vorige groep (tot en met {3} jaar).";
    public const string OpenBandNotLast = "{0}, regel {1}: alleen de laatste leeftijdsgroep mag zonder to_age (open naar boven).";
    public const string LastBandClosed = "{0}, regel {1}: de laatste leeftijdsgroep moet open zijn (geen to_age), zodat elke leeftijd vanaf {2} jaar een regel heeft.";
    public const string ToAgeBelowFromAge = "{0}, regel {1}: to_age ({2}) is lager dan from_age ({3}).";
    public const string UnknownWho = "{0}, regel {1}: onbekende persoon '{2}'; kies uit {3}.";
    public const string DuplicateWho = "{0}, regel {1}: '{2}' staat meer dan één keer in deze leeftijdsgroep.";
    public const string YouthAlwaysRequired = "{0}, regel {1}: de leeftijdsgroep vanaf {2} jaar vraagt geen toestemming of instemming van de jongere; die is altijd nodig.";
    public const string ParentsRequiredUnder16 = "{0}, regel {1}: onder 16 jaar is toestemming van de gezaghebbenden of voogd wettelijk nodig (WMO); de leeftijdsgroep vanaf {2} jaar vraagt die niet.";
    public const string NoParentsFrom18 = "{0}, regel {1}: vanaf 18 jaar beslist de jongvolwassene zelf; de leeftijdsgroep vanaf {2} jaar kan geen toestemming van gezaghebbenden vragen.";
    public const string AudienceDoesNotFitWho = "{0}, regel {1}: formulier voor doelgroep '{2}' past niet bij '{3}'.";
    public const string AudienceDoesNotFitBand = "{0}, regel {1}: formulier voor doelgroep '{2}' is niet bedoeld voor de leeftijdsgroep vanaf {3} jaar.";
    public const string MilestoneNotAtBoundary = "{0}, regel {1}: mijlpaal {2} jaar valt niet op de grens tussen twee leeftijdsgroepen.";
    public const string BoundaryWithoutMilestone = "{0}, regel {1}: bij de grens van {2} jaar hoort een mijlpaal (met active: true of false).";
    public const string DuplicateMilestone = "{0}, regel {1}: mijlpaal {2} jaar staat er meer dan één keer in.";
    public const string ActiveMilestoneWithoutChange = "{0}, regel {1}: mijlpaal {2} jaar is actief, maar op die leeftijd verandert de vereiste toestemming niet.";

    // What is missing on a case
    public const string MissingParentalAuthority = "toestemming van gezaghebbende {0}";
    public const string MissingGuardian = "toestemming van de voogd";
    public const string MissingGuardianNumbered = "toestemming van voogd {0}";
    public const string MissingAnyAuthority = "toestemming van de gezaghebbenden of voogd (niemand vastgelegd bij deze casus)";
    public const string MissingAssent = "instemming van de jongere (formulier 8–11 jaar)";
    public const string MissingOwnConsent = "eigen toestemming van de jongere";
    public const string MissingAdultConsent = "eigen toestemming van de jongvolwassene (formulier 18+)";
    public const string NoRuleForAge = "het toestemmingsbeleid kent geen regel voor een jongere van {0} jaar";

    // Why a recorded consent does not count
    public const string ConsentWithdrawn = "de toestemming is ingetrokken";
    public const string ConsentInFuture = "de datum {0:dd-MM-yyyy} ligt in de toekomst";
    public const string UnknownTemplateVersion = "formulier '{0}' versie {1} ({2}) is onbekend";
    public const string NotAConsentForm = "formulier '{0}' is een informatiebrief, geen toestemmingsformulier";
    public const string GivenBeforeRelease = "gegeven op {0:dd-MM-yyyy}, vóór de vrijgave van formulier '{1}' versie {2} op {3:dd-MM-yyyy}";
    public const string SupersededByReconsent = "formulier '{0}' versie {1} is vervangen door versie {2}, waarvoor opnieuw toestemming nodig is";
    public const string WrongAgeForForm = "gegeven op {0:dd-MM-yyyy}, toen de jongere {1} jaar was; formulier '{2}' is niet voor die leeftijd";
    public const string PersonNotOnCase = "de persoon die tekende hoort niet (meer) bij deze casus";

    // Status summaries
    public const string StatusComplete = "De toestemming is compleet.";
    public const string StatusMissing = "De toestemming is niet compleet.";
    public const string StatusMilestoneDue = "De jongere wordt {0} jaar op {1:dd-MM-yyyy}; vóór die dag is nieuwe toestemming nodig.";
    public const string StatusBlocked = "De jongere is sinds {1:dd-MM-yyyy} {0} jaar en de vereiste nieuwe toestemming ontbreekt; er mogen geen interviews worden vastgelegd.";

    // Uploaded scans
    public const string ScanWrongType = "Het bestand is geen PDF, JPEG of PNG.";
    public const string ScanTooLarge = "Het bestand is groter dan 10 MB.";
}
