using System.Globalization;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Study;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Fieldwork;

internal static class FieldworkSetup
{
    public static async Task<(TestUser User, TestBrowser Browser)> InterviewerAsync(AppFactory app)
    {
        var user = await app.CreateUserAsync(Roles.Interviewer);
        return (user, await app.LoginAsync(user));
    }

    public static Protocol Protocol(AppFactory app, WaveKind kind, Informant informant) =>
        app.Services.GetRequiredService<StudyFiles>().Protocols.Current(kind, informant);

    public static string InterviewPath(SeededCase c, string wave, string informant = "Youth", Guid? person = null) =>
        $"/Cases/Interview?id={c.Id}&wave={wave}&informant={informant}" + (person is { } p ? $"&person={p}" : "");

    // A valid answer for every required item (or every item), whatever the protocol asks.
    public static Dictionary<string, string> ValidAnswers(Protocol protocol, DateOnly today, bool requiredOnly = true)
    {
        var fields = new Dictionary<string, string>();
        foreach (var item in protocol.Items.Where(i => i.Required || !requiredOnly))
        {
            fields[$"Input.Answers[{item.Id}]"] = item.Type switch
            {
                ItemType.Scale => ((int)item.Min!.Value).ToString(CultureInfo.InvariantCulture),
                ItemType.Number => (item.Min ?? 0).ToString(CultureInfo.InvariantCulture),
                ItemType.SingleChoice => item.Options[0].Code,
                ItemType.MultipleChoice => item.Options.First(o => !o.Exclusive).Code,
                ItemType.Date => today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ItemType.YesNo => AnswerValidator.No,
                _ => "Antwoord in eigen woorden",
            };
        }
        return fields;
    }

    public static Task<T> DbAsync<T>(this AppFactory app, Func<CaseRegisterDbContext, Task<T>> query) =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<CaseRegisterDbContext>()));

    public static Task<List<string>> AuditActionsAsync(AppFactory app, Guid userId) =>
        app.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ActorUserId == userId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
}
