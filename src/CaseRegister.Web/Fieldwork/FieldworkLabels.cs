using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;

namespace CaseRegister.Web.Fieldwork;

// Dutch names (localisation keys) of the fieldwork vocabularies, as the interviewer reads them.
// Each one has an English entry in Resources/en/fieldwork.json; a test keeps the two in step.
public static class FieldworkLabels
{
    public static string Of(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Telefoon",
        ContactChannel.Email => "E-mail",
        ContactChannel.Visit => "Bezoek",
        ContactChannel.ViaProfessional => "Via een professional",
        _ => channel.ToString(),
    };

    public static string Of(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.Reached => "Bereikt",
        ContactOutcome.NoAnswer => "Geen gehoor",
        ContactOutcome.WrongNumber => "Verkeerd nummer of adres",
        ContactOutcome.Refused => "Wil niet meedoen",
        ContactOutcome.Moved => "Verhuisd of overgeplaatst",
        ContactOutcome.AppointmentMade => "Afspraak gemaakt",
        _ => outcome.ToString(),
    };

    public static string Of(MissingCode code) => code switch
    {
        MissingCode.NotAsked => "Niet gevraagd",
        MissingCode.Refused => "Geweigerd",
        MissingCode.NotKnown => "Niet bekend",
        MissingCode.NotApplicable => "Niet van toepassing",
        _ => code.ToString(),
    };

    public static string Of(Informant informant) => informant switch
    {
        Informant.Youth => "Jongere",
        Informant.Parent => "Ouder of gezaghebbende",
        Informant.Professional => "Professional",
        _ => informant.ToString(),
    };

    public static string Of(InterviewStatus status) => status switch
    {
        InterviewStatus.Planned => "Nog niet begonnen",
        InterviewStatus.Draft => "Concept",
        InterviewStatus.Done => "Afgerond",
        InterviewStatus.Refused => "Geweigerd",
        InterviewStatus.NotReachable => "Niet bereikbaar",
        InterviewStatus.NotApplicable => "Niet van toepassing",
        _ => status.ToString(),
    };

    public static string Of(WaveStatus status) => status switch
    {
        WaveStatus.Planned => "Gepland",
        WaveStatus.Due => "Nu aan de beurt",
        WaveStatus.Completed => "Afgerond",
        WaveStatus.Missed => "Over tijd",
        WaveStatus.Cancelled => "Vervallen",
        _ => status.ToString(),
    };

    public static string Of(AdviceCategory category) => category switch
    {
        AdviceCategory.CareOffer => "Zorgaanbod",
        AdviceCategory.Cooperation => "Samenwerking",
        AdviceCategory.Education => "Onderwijs en dagbesteding",
        AdviceCategory.Family => "Gezin en netwerk",
        AdviceCategory.Safety => "Veiligheid",
        AdviceCategory.Transition18 => "Overgang 18−/18+",
        AdviceCategory.Funding => "Financiering en indicatie",
        AdviceCategory.Housing => "Wonen",
        AdviceCategory.Other => "Overig",
        _ => category.ToString(),
    };

    public static string Of(AdviceAddressee addressee) => addressee switch
    {
        AdviceAddressee.Family => "Gezin",
        AdviceAddressee.Provider => "Zorgaanbieder",
        AdviceAddressee.Municipality => "Gemeente",
        AdviceAddressee.Region => "Regio",
        _ => addressee.ToString(),
    };

    public static string Of(AdviceFollowed followed) => followed switch
    {
        AdviceFollowed.Yes => "Ja",
        AdviceFollowed.Partly => "Gedeeltelijk",
        AdviceFollowed.No => "Nee",
        AdviceFollowed.NotKnown => "Niet bekend",
        _ => followed.ToString(),
    };

    public static string Of(Improvement improvement) => improvement switch
    {
        Improvement.Yes => "Verbeterd",
        Improvement.Partly => "Deels verbeterd",
        Improvement.No => "Niet verbeterd",
        Improvement.NotKnown => "Niet bekend",
        _ => improvement.ToString(),
    };

    public static string Of(PersonRole role) => role switch
    {
        PersonRole.Youth => "Jongere",
        PersonRole.ParentalAuthority => "Gezaghebbende",
        PersonRole.Guardian => "Voogd",
        PersonRole.Professional => "Professional",
        _ => role.ToString(),
    };

    // Every label above, for the translation test.
    public static IEnumerable<string> All() =>
        Enum.GetValues<ContactChannel>().Select(Of)
            .Concat(Enum.GetValues<ContactOutcome>().Select(Of))
            .Concat(Enum.GetValues<MissingCode>().Select(Of))
            .Concat(Enum.GetValues<Informant>().Select(Of))
            .Concat(Enum.GetValues<InterviewStatus>().Select(Of))
            .Concat(Enum.GetValues<WaveStatus>().Select(Of))
            .Concat(Enum.GetValues<AdviceCategory>().Select(Of))
            .Concat(Enum.GetValues<AdviceAddressee>().Select(Of))
            .Concat(Enum.GetValues<AdviceFollowed>().Select(Of))
            .Concat(Enum.GetValues<Improvement>().Select(Of))
            .Concat(Enum.GetValues<PersonRole>().Select(Of));
}
