namespace CaseRegister.Web.Jobs;

// The scheduled jobs of SPEC §2.7. Name is the configuration key (Jobs:<Name>:Cron) and the
// Quartz job key; Title and Purpose are Dutch texts (keys of Resources/en/jobs.json).
//
// Default times (Europe/Amsterdam) keep a useful order in the night: consent states first, then
// the planner that reads them, then retention and the audit check; the digest in the morning
// reports what the night produced.
public sealed record JobDefinition(string Name, Type JobType, string DefaultCron, string Title, string Purpose)
{
    public string CronSetting => $"Jobs:{Name}:Cron";
}

public static class JobCatalog
{
    public const string AgeMilestones = "AgeMilestones";
    public const string Planner = "Planner";
    public const string ReminderDigest = "ReminderDigest";
    public const string CohortRollover = "CohortRollover";
    public const string Retention = "Retention";
    public const string AuditVerification = "AuditVerification";

    public static IReadOnlyList<JobDefinition> All { get; } =
    [
        new(AgeMilestones, typeof(AgeMilestonesJob), "0 30 1 * * ?", "Leeftijdsmijlpalen",
            "Werkt de toestemmingsstatus bij en maakt hertoestemmingstaken aan rond de 12e en 18e verjaardag."),
        new(Planner, typeof(RecontactPlannerJob), "0 0 2 * * ?", "Hercontactplanner",
            "Opent meetmomenten, markeert gemiste meetmomenten en maakt contacttaken aan."),
        new(ReminderDigest, typeof(ReminderDigestJob), "0 0 7 ? * MON-FRI", "Dagelijks overzicht",
            "Stuurt elke onderzoeker een e-mail met aantallen en onderzoekscodes van openstaande contacten."),
        new(CohortRollover, typeof(CohortRolloverJob), "0 0 9 1 12 ?", "Nieuw cohort",
            "Herinnert de coördinator eraan het cohort voor volgend jaar te openen."),
        new(Retention, typeof(RetentionJob), "0 0 3 1 * ?", "Bewaartermijnen",
            "Vernietigt identiteitsgegevens en onderzoeksgegevens na afloop van de bewaartermijn."),
        new(AuditVerification, typeof(AuditVerificationJob), "0 30 3 * * ?", "Controle auditlog",
            "Controleert de hashketen van de auditlog en waarschuwt de beheerders bij een breuk."),
    ];

    public static JobDefinition? Find(string? name) => All.FirstOrDefault(j => j.Name == name);
}
