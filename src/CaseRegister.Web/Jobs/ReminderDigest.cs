using System.Globalization;
using System.Text;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Jobs;

public enum DigestKind { Due, Overdue, Reconsent }

// One line of an interviewer's digest: a research code and what is needed. Deliberately nothing
// else: no name, no date of birth, no content (SPEC §2.7).
public sealed record DigestItem(Guid InterviewerId, DigestKind Kind, string ResearchCode, string? WaveLabel, DateOnly DueOn);

// The list behind the morning e-mail and the in-app overview (/Notifications): open contact tasks
// (window open), missed ones (window closed, still to be caught up) and open re-consent tasks of
// the active cases assigned to the interviewer.
public static class ReminderDigest
{
    public static async Task<List<DigestItem>> ItemsAsync(CaseRegisterDbContext db, Guid? interviewerId, CancellationToken ct)
    {
        var query = from t in db.CaseTasks
                    join c in db.Cases on t.CaseId equals c.Id
                    where c.AssignedInterviewerId != null
                          && (c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.Active)
                          && ((t.Kind == CaseTaskKind.WaveContact && (t.State == ContactTaskState.Open || t.State == ContactTaskState.Missed))
                              || (t.Kind == CaseTaskKind.Reconsent && t.State == ContactTaskState.Open))
                    select new
                    {
                        InterviewerId = c.AssignedInterviewerId!.Value,
                        t.Kind,
                        t.State,
                        c.ResearchCode,
                        WaveLabel = db.Waves.Where(w => w.Id == t.WaveId).Select(w => w.Label).FirstOrDefault(),
                        t.DueOn,
                    };
        if (interviewerId is { } id) query = query.Where(r => r.InterviewerId == id);
        var rows = await query.ToListAsync(ct);
        return [.. rows
            .Select(r => new DigestItem(r.InterviewerId,
                r.Kind == CaseTaskKind.Reconsent ? DigestKind.Reconsent : r.State == ContactTaskState.Missed ? DigestKind.Overdue : DigestKind.Due,
                r.ResearchCode, r.WaveLabel, r.DueOn))
            .OrderBy(i => i.Kind).ThenBy(i => i.DueOn).ThenBy(i => i.ResearchCode, StringComparer.Ordinal)];
    }

    public static string Subject(DateOnly today) => $"CaseRegister: uw contacten voor {Cultures.Date(today)}";

    public static string Body(IReadOnlyList<DigestItem> items, string publicUrl)
    {
        var text = new StringBuilder();
        text.AppendLine("Goedemorgen,");
        text.AppendLine();
        text.AppendLine("Dit staat vandaag voor u open in CaseRegister:");
        text.AppendLine();
        Section(text, items, DigestKind.Due, "Contacten waarvan het venster open is");
        Section(text, items, DigestKind.Overdue, "Contacten die te laat zijn (venster verlopen)");
        Section(text, items, DigestKind.Reconsent, "Hertoestemming nodig (leeftijdsmijlpaal)");
        text.AppendLine(CultureInfo.InvariantCulture, $"Bekijk en registreer uw contacten: {publicUrl}/Work");
        text.AppendLine();
        text.AppendLine("Dit bericht bevat bewust alleen onderzoekscodes: geen namen en geen andere gegevens van deelnemers.");
        return text.ToString();
    }

    private static void Section(StringBuilder text, IReadOnlyList<DigestItem> items, DigestKind kind, string title)
    {
        var mine = items.Where(i => i.Kind == kind).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {mine.Count}");
        foreach (var item in mine)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {item.ResearchCode}{(item.WaveLabel is null ? "" : $" ({item.WaveLabel})")}");
        text.AppendLine();
    }
}
