using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CaseRegister.Web.Jobs;

// The weekday-morning reminder digest (SPEC §2.7): one e-mail per interviewer with something
// open, with counts and research codes only and a link to /Work. In the app the same list is on
// /Notifications (computed live), announced by one notification per interviewer that each run
// refreshes. That notification also marks "sent today": a second run on the same day sends
// nothing, and a run after a crash half-way only mails those still waiting.
[DisallowConcurrentExecution]
public sealed class ReminderDigestJob(CaseRegisterDbContext db, Mailer mailer, IConfiguration configuration, IDbContextFactory<CaseRegisterDbContext> contexts, TimeProvider time, ILogger<ReminderDigestJob> logger)
    : ScheduledJob(contexts, time, logger)
{
    public override string Name => JobCatalog.ReminderDigest;

    protected override async Task<JobCounts> ExecuteAsync(CancellationToken ct)
    {
        var today = Today;
        var startOfToday = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), Cultures.Amsterdam);
        var counts = new JobCounts();
        var interviewers = await JobMessages.RecipientsAsync(db, Roles.Interviewer, ct);
        var items = (await ReminderDigest.ItemsAsync(db, null, ct)).ToLookup(i => i.InterviewerId);
        var url = JobMessages.PublicUrl(configuration);

        counts["interviewers"] = interviewers.Count;
        counts["mailsSent"] = 0;
        counts["alreadySentToday"] = 0;
        foreach (var (id, email) in interviewers)
        {
            var mine = items[id].ToList();
            if (mine.Count == 0) continue;
            var marker = await db.Notifications.FirstOrDefaultAsync(n => n.UserId == id && n.Text == JobMessages.DigestReady, ct);
            if (marker is not null && marker.CreatedAtUtc >= startOfToday)
            {
                counts.Add("alreadySentToday");
                continue;
            }

            await mailer.SendAsync(email, ReminderDigest.Subject(today), ReminderDigest.Body(mine, url), ct);
            if (marker is null)
            {
                marker = new Notification { Id = Guid.NewGuid(), UserId = id, Text = JobMessages.DigestReady, Link = "/Notifications" };
                db.Notifications.Add(marker);
            }
            marker.CreatedAtUtc = NowUtc;
            marker.ReadAtUtc = null;
            await db.SaveChangesAsync(ct);
            counts.Add("mailsSent");
            counts.Add("due", mine.Count(i => i.Kind == DigestKind.Due));
            counts.Add("overdue", mine.Count(i => i.Kind == DigestKind.Overdue));
            counts.Add("reconsent", mine.Count(i => i.Kind == DigestKind.Reconsent));
        }
        return counts;
    }
}
