namespace CaseRegister.Web.Domain.Model;

// The one row of study-wide settings (SPEC §2.1), edited by the coordinator.
public class StudySettings : ITracked, IVersioned
{
    public static readonly Guid SingletonId = new("5a1e0000-0000-4000-8000-000000000001");

    public Guid Id { get; set; } = SingletonId;
    public string StudyName { get; set; } = "Leren van casuïstiek";
    public string ResearchCodePrefix { get; set; } = "CR";
    public DateOnly StudyStart { get; set; }
    public int DurationYears { get; set; } = 4;
    public int FollowUpIntervalMonths { get; set; } = 6;
    public int ContactWindowWeeks { get; set; } = 6;
    public int BaselineDeadlineWeeks { get; set; } = 8;
    public int DisclosureThreshold { get; set; } = 10;
    public int IdentityRetentionMonths { get; set; } = 12;
    public int ResearchRetentionYears { get; set; } = 15;
    public string CoordinatorName { get; set; } = "";
    public string CoordinatorContact { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public Guid Version { get; set; }

    public DateOnly StudyEnd => StudyStart.AddYears(DurationYears).AddDays(-1);
}

// A youth-care region (jeugdhulpregio). Reference data, editable; none is hard-coded.
public class Region
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string Landsdeel { get; set; } = "";
    public bool InStudy { get; set; } = true;
    public List<ExpertTeam> ExpertTeams { get; set; } = [];
}

public class ExpertTeam
{
    public Guid Id { get; set; }
    public Guid RegionId { get; set; }
    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
}

// One inclusion year (SPEC §2.1). Research codes are numbered per cohort.
public class Cohort : ITracked, IVersioned
{
    public Guid Id { get; set; }
    public required string Label { get; set; }
    public int Year { get; set; }
    public DateOnly InclusionStart { get; set; }
    public DateOnly InclusionEnd { get; set; }
    public int TargetSize { get; set; }
    public bool IsOpen { get; set; }
    public int LastSequence { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public Guid Version { get; set; }
}
