using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Jobs;

// Runs a job's logic exactly as the scheduler does (ScheduledJob.RunAsync, with its JobRun row),
// at the test clock's time, and captures the state the jobs write so idempotence can be compared.
internal static class JobTestSupport
{
    public static Task<JobRun> RunAsync<TJob>(this AppFactory app) where TJob : ScheduledJob =>
        app.WithScopeAsync(sp => sp.GetRequiredService<TJob>().RunAsync("test"));

    public static async Task<JobRun> RunOkAsync<TJob>(this AppFactory app) where TJob : ScheduledJob
    {
        var run = await app.RunAsync<TJob>();
        Assert.True(run.Outcome == JobOutcome.Succeeded, $"{run.JobName} {run.Outcome}: {run.Message}");
        return run;
    }

    // Moves the test clock to 09:00 UTC (10:00 or 11:00 in Amsterdam) on the given day.
    public static void MoveTo(this AppFactory app, DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var now = app.Clock.GetUtcNow();
        app.Clock.Advance(target - now);
    }

    // Everything the jobs may change, as text: equal text means nothing changed.
    public static Task<string> StateAsync(AppFactory app) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CaseRegisterDbContext>();
        var text = new StringBuilder();
        foreach (var c in await db.Cases.AsNoTracking().OrderBy(c => c.ResearchCode).ToListAsync())
            text.AppendLine($"case {c.ResearchCode} {c.Status} {c.ConsentState} {c.Version} {c.DateOfBirth} {c.BlindIndex} {c.IdentityErasedAtUtc:O}");
        foreach (var w in await db.Waves.AsNoTracking().OrderBy(w => w.CaseId).ThenBy(w => w.MonthsAfterBaseline).ToListAsync())
            text.AppendLine($"wave {w.Id} {w.Label} {w.Status} {w.DueOn} {w.WindowOpensOn} {w.WindowClosesOn} {w.ConsentBlocked}");
        foreach (var t in await db.CaseTasks.AsNoTracking().OrderBy(t => t.Id).ToListAsync())
            text.AppendLine($"task {t.Id} {t.Kind} {t.WaveId} {t.MilestoneAge} {t.DueOn} {t.State} {t.ConsentBlocked} {t.ClosedAtUtc:O}");
        foreach (var n in await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync())
            text.AppendLine($"notification {n.Id} {n.UserId} {n.Role} {n.Text} {n.CreatedAtUtc:O} {n.ReadAtUtc:O}");
        foreach (var p in await db.CasePersons.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
            text.AppendLine($"person {p.Id} {p.Name} {p.Address} {p.Phone} {p.Email}");
        text.AppendLine($"scans {await db.ConsentScans.CountAsync()} erased {await db.ErasedCases.CountAsync()} audit {await db.AuditEntries.CountAsync()}");
        text.AppendLine($"mails {MailFiles.Read(app.DataFolder).Count}");
        return text.ToString();
    });

    // The pickup-folder mails with quoted-printable bodies decoded too (MailFiles decodes base64
    // only): a leak check must not be fooled by a soft line break in the middle of a name.
    public static IReadOnlyList<MailFiles.Mail> Mails(AppFactory app) =>
        [.. MailFiles.Read(app.DataFolder).Select(m => m.Headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase) ? m with { Body = QuotedPrintable(m.Body) } : m)];

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var raw = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '=' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    public static Task<T> DbAsync<T>(this AppFactory app, Func<CaseRegisterDbContext, Task<T>> query) =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<CaseRegisterDbContext>()));
}
