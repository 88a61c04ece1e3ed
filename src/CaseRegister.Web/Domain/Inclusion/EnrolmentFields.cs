namespace CaseRegister.Web.Domain.Inclusion;

// The model-state keys of the enrolment form. The page binds an `Input` record with these
// property names, so a failure lands next to the field it is about.
public static class EnrolmentFields
{
    public const string DateOfBirth = "Input.DateOfBirth";
    public const string InclusionDate = "Input.InclusionDate";
    public const string CareSetting = "Input.CareSetting";
    public const string RegionId = "Input.RegionId";
    public const string ExpertTeamId = "Input.ExpertTeamId";
    public const string ExpertTeamDiscussedOn = "Input.ExpertTeamDiscussedOn";
    public const string CohortId = "Input.CohortId";
    public const string ConfirmAgeWarning = "Input.ConfirmAgeWarning";
    public const string DuplicateOverrideReason = "Input.DuplicateOverrideReason";

    // Consent is not typed into the enrolment form; it is recorded per person beforehand. The page
    // shows these messages in the consent section it links to.
    public const string Consent = "Input.Consent";
}
