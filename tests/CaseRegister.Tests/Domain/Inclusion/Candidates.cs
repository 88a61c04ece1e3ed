using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Tests.Domain.Inclusion;

// A candidate that passes every rule on Today; each test changes only what it is about.
internal static class Candidates
{
    public static readonly DateOnly Today = new(2026, 3, 15);

    public static EnrolmentCandidate Valid() => new()
    {
        DateOfBirth = new DateOnly(2012, 5, 10),
        InclusionDate = new DateOnly(2026, 3, 10),
        CurrentCareSetting = CareSetting.JeugdzorgPlus,
        RegionId = Guid.Parse("6f1c2a54-0d0b-4a43-9a57-1c3f4e3b2a10"),
        RegionBelongsToStudy = true,
        ExpertTeamId = Guid.Parse("0b7d5d2e-3f5e-4a8e-b2a7-9f6c8e1d4c21"),
        ExpertTeamDiscussedOn = new DateOnly(2026, 2, 20),
        MissingConsents = [],
        CohortIsOpen = true,
        CohortInclusionPeriod = new InclusionPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
        DuplicateCheck = DuplicateCheckResult.None,
    };
}
