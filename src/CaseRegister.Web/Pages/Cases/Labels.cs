using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;

namespace CaseRegister.Web.Pages.Cases;

// Dutch names (localisation keys) for the study vocabularies shown on case pages.
public static class Labels
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Enrolled => "Geïncludeerd",
        CaseStatus.Active => "Actief",
        CaseStatus.Completed => "Afgerond",
        CaseStatus.Withdrawn => "Teruggetrokken",
        CaseStatus.LostToFollowUp => "Uit beeld",
        _ => "Overleden",
    };

    public static string Of(ConsentStatusKind kind) => kind switch
    {
        ConsentStatusKind.Complete => "Compleet",
        ConsentStatusKind.Missing => "Ontbreekt",
        ConsentStatusKind.MilestoneDue => "Nieuwe toestemming nodig",
        _ => "Geblokkeerd",
    };

    public static string Of(CareSetting setting) => setting switch
    {
        CareSetting.JeugdzorgPlus => "JeugdzorgPlus (JZ+)",
        CareSetting.Jji => "Justitiële jeugdinrichting (JJI)",
        CareSetting.JGgz => "Jeugd-GGZ, intensief/klinisch (J-GGZ)",
        CareSetting.Obc => "Orthopedagogisch behandelcentrum (OBC)",
        CareSetting.OpenResidential => "Open residentiële jeugdhulp",
        CareSetting.SmallScaleLiving => "Kleinschalige woonvoorziening",
        CareSetting.FamilyHome => "Gezinshuis",
        CareSetting.FosterCare => "Pleegzorg",
        CareSetting.Home => "Thuis",
        CareSetting.IndependentLiving => "Zelfstandig wonen",
        CareSetting.Detention => "Detentie",
        _ => "Anders",
    };

    public static string Of(Sex sex) => sex switch
    {
        Sex.Female => "Meisje/vrouw",
        Sex.Male => "Jongen/man",
        Sex.Other => "Anders",
        _ => "Niet opgegeven",
    };

    public static string Of(PersonRole role) => role switch
    {
        PersonRole.Youth => "Jongere",
        PersonRole.ParentalAuthority => "Gezaghebbende ouder",
        PersonRole.Guardian => "Voogd",
        _ => "Betrokken professional",
    };

    public static string Of(ConsentMethod method) => method switch
    {
        ConsentMethod.Paper => "Op papier",
        ConsentMethod.InPerson => "Mondeling, in persoon",
        _ => "Digitaal",
    };

    public static string Of(WaveStatus status) => status switch
    {
        WaveStatus.Planned => "Gepland",
        WaveStatus.Due => "Open",
        WaveStatus.Completed => "Afgerond",
        WaveStatus.Missed => "Gemist",
        _ => "Vervallen",
    };

    public static string Of(WithdrawalScope scope) => scope switch
    {
        WithdrawalScope.NoFurtherContact => "Geen verder contact; verzamelde gegevens blijven voor analyse",
        WithdrawalScope.EraseIdentity => "Geen verder contact en identiteitsgegevens wissen; onderzoeksgegevens blijven",
        _ => "Alles wissen; de casus verdwijnt uit alle toekomstige analyses",
    };

    public static string Of(WithdrawnBy by) => by switch
    {
        WithdrawnBy.Youth => "De jongere",
        WithdrawnBy.Parent => "Een gezaghebbende ouder",
        WithdrawnBy.Guardian => "De voogd",
        WithdrawnBy.Coordinator => "De onderzoekers (coördinator)",
        _ => "Anders",
    };
}
