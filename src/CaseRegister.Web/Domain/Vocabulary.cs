namespace CaseRegister.Web.Domain;

// The study's fixed vocabularies. Stored as strings (see the EF configurations) so that the
// database stays readable for the analysts and a reordering here never changes stored meaning.

public enum CareSetting
{
    JeugdzorgPlus,
    Jji,
    JGgz,
    Obc,
    OpenResidential,
    SmallScaleLiving,
    FamilyHome,
    FosterCare,
    Home,
    IndependentLiving,
    Detention,
    Other,
}

public static class CareSettings
{
    // SPEC §2.3 rule 2: inclusion requires one of the four most intensive settings.
    public static bool IsIntensive(this CareSetting setting) =>
        setting is CareSetting.JeugdzorgPlus or CareSetting.Jji or CareSetting.JGgz or CareSetting.Obc;
}

public enum CaseStatus { Enrolled, Active, Completed, Withdrawn, LostToFollowUp, Deceased }

public enum Sex { Female, Male, Other, NotReported }

// Who a person on a case is. A guardian (voogd) replaces the holders of parental authority.
public enum PersonRole { Youth, ParentalAuthority, Guardian, Professional }

public enum ConsentMethod { Paper, InPerson, Digital }

public enum WithdrawalScope { NoFurtherContact, EraseIdentity, EraseEverything }

public enum WaveKind { Baseline, FollowUp }

public enum WaveStatus { Planned, Due, Completed, Missed, Cancelled }

public enum Informant { Youth, Parent, Professional }

public enum InterviewStatus { Planned, Draft, Done, Refused, NotReachable, NotApplicable }

public enum MissingCode { NotAsked, Refused, NotKnown, NotApplicable }

public enum ContactChannel { Phone, Email, Visit, ViaProfessional }

public enum ContactOutcome { Reached, NoAnswer, WrongNumber, Refused, Moved, AppointmentMade }

public enum AdviceAddressee { Family, Provider, Municipality, Region }

public enum AdviceFollowed { Yes, Partly, No, NotKnown }
