namespace CaseRegister.Web.Fieldwork;

// The Dutch messages of the fieldwork pages (localisation keys). Each one has an English entry in
// Resources/en/fieldwork.json; a test keeps the two in step.
public static class FieldworkTexts
{
    public const string DateMissing = "Vul de {0} in.";
    public const string DateInvalid = "De {0} is geen geldige datum. Gebruik de vorm dd-mm-jjjj, bijvoorbeeld 31-01-2026.";
    public const string DateInFuture = "De {0} ({1}) ligt in de toekomst. Vul een datum in tot en met vandaag.";
    public const string ChooseOption = "Kies {0}.";
    public const string NextAttemptBeforeAttempt = "De datum van de volgende poging ({0}) ligt vóór de datum van deze contactpoging ({1}).";
    public const string TextTooLong = "De {0} is te lang: maximaal {1:N0} tekens (u heeft er {2:N0} ingevoerd). Vat de tekst samen.";
    public const string TextMissing = "Vul de {0} in.";

    public const string ContactDate = "datum van de contactpoging";
    public const string NextAttemptDate = "datum van de volgende poging";
    public const string Channel = "het kanaal";
    public const string Outcome = "de uitkomst";
    public const string ContactNote = "notitie";
    public const string ContactSaved = "De contactpoging is vastgelegd.";
    public const string NoContactAfterWithdrawal = "Deze jongere is uit het onderzoek teruggetrokken of overleden. Er wordt geen contact meer opgenomen; eerdere contactpogingen blijven zichtbaar.";

    public const string InterviewDate = "datum van het interview";
    public const string MissingCodeInvalid = "Kies bij '{0}' een van de codes voor ontbrekende gegevens.";
    public const string DraftSaved = "Het interview is als concept opgeslagen.";
    public const string InterviewCompleted = "Het interview is afgerond en opgeslagen.";
    public const string StatusSaved = "De status van het interview is opgeslagen.";
    public const string StatusConflict = "Iemand anders heeft dit interview opgeslagen nadat u het opende. De status is niet gewijzigd. Hieronder staat de opgeslagen versie; kies zo nodig opnieuw.";
    public const string DoneCannotGoBack = "Dit interview is al afgerond. Sla wijzigingen op met 'Opslaan en afronden'; een afgerond interview gaat niet terug naar concept of een andere status.";
    public const string FixErrors = "Het interview is niet opgeslagen. Verbeter de gemarkeerde vragen; alles wat u heeft ingevuld staat er nog.";
    public const string Conflict = "Iemand anders heeft dit interview opgeslagen nadat u het opende. Uw versie is niet opgeslagen. Vergelijk hieronder beide versies en kies welke blijft.";

    public const string AdviceWave = "de meting";
    public const string AdviceCategory = "de categorie";
    public const string AdviceAddressee = "aan wie het advies is gericht";
    public const string AdviceText = "tekst van de terugkoppeling of het advies";
    public const string AdviceDate = "datum waarop het advies is gegeven";
    public const string AdviceSaved = "De terugkoppeling of het advies is vastgelegd.";
    public const string FollowUpWave = "de latere meting waarin u dit nagaat";
    public const string FollowUpWaveNotLater = "Kies een meting die later is dan de meting waarin het advies is gegeven ({0}).";
    public const string Followed = "of het advies is opgevolgd";
    public const string Improved = "of de situatie is verbeterd";
    public const string FollowUpSaved = "De opvolging van het advies is vastgelegd.";
    public const string FeedbackHasNoFollowUp = "Dit is alleen terugkoppeling, geen advies; daarvan wordt geen opvolging vastgelegd.";

    public const string Code = "een code uit het codeboek";
    public const string CodeUnknown = "De code '{0}' staat niet in het codeboek. Kies een code uit de lijst.";
    public const string Fragment = "Het gekozen tekstfragment hoort niet bij een interview van deze meting. Kies een fragment uit de lijst.";
    public const string Memo = "memo";
    public const string CodeSaved = "De code is toegevoegd.";
    public const string CodeRemoved = "De code is verwijderd.";

    public static IReadOnlyList<string> All { get; } = typeof(FieldworkTexts)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
