using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The yearly cohort rollover reminder (SPEC §2.7): when no cohort exists for next year, the
// coordinators get an in-app notification and an e-mail, once per calendar year (the
// notification is the marker), however often the job runs.
[DisallowConcurrentExecution]
public sealed class CohortRolloverJob(CaseRegisterDbContext db, Mailer mailer, IConfiguration configuration, IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<CohortRolloverJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    public override string Name => JobCatalog.CohortRollover;

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var today = Today;
        var nextYear = today.Year + 1;
        var counts = new JobCounts();
        if (await db.Cohorts.AnyAsync(c => c.Year == nextYear, ct))
        {
            counts["nextCohortExists"] = 1;
            return counts;
        }
        var startOfYear = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (await db.Notifications.AnyAsync(n => n.Role == Roles.Coordinator && n.Text == JobMessages.OpenNextCohort && n.CreatedAtUtc >= startOfYear, ct))
        {
            counts["alreadyReminded"] = 1;
            return counts;
        }

        var url = JobMessages.PublicUrl(configuration);
        var coordinators = await JobMessages.RecipientsAsync(db, Roles.Coordinator, ct);
        foreach (var (_, email) in coordinators)
        {
            await mailer.SendAsync(email, $"CaseRegister: open het cohort {nextYear}",
                $"""
                Beste coördinator,

                Er is nog geen cohort voor {nextYear}. Elke 12 maanden start een nieuw cohort; open het nieuwe cohort
                tijdig, zodat de inclusie op 1 januari kan beginnen.

                Ga naar {url}/Study/Cohorts om het cohort aan te maken.
                """, ct);
        }
        db.Notifications.Add(new Notification { Id = Guid.NewGuid(), Role = Roles.Coordinator, Text = JobMessages.OpenNextCohort, Link = "/Study/Cohorts", CreatedAtUtc = NowUtc });
        await db.SaveChangesAsync(ct);
        counts["notified"] = 1;
        counts["mailsSent"] = coordinators.Count;
        return counts;
    }
}
