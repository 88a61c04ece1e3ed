using System.Diagnostics;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseRegister.Tests.Fieldwork;

public class DashboardTests(DashboardTests.Host app) : IClassFixture<DashboardTests.Host>
{
    public sealed class Host : AppFactory;

    private static readonly DateOnly Born = new(2011, 2, 3);

    [Fact]
    public async Task The_dashboard_shows_only_the_interviewers_own_active_cases_most_urgent_first_without_names()
    {
        var (me, browser) = await FieldworkSetup.InterviewerAsync(app);
        var colleague = await app.CreateUserAsync(Roles.Interviewer);
        var due = await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 10, 1));      // T0 window closes 26-11
        var overdue = await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 6, 1));  // T0 window closed 27-07
        var planned = await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 8, 1));  // T0 done, T6 not yet open
        var dueSooner = await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 9, 15)); // T0 window closes 10-11
        await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 9, 1), status: CaseStatus.Withdrawn);
        await FieldworkData.CaseAsync(app, colleague.Id, Born, new DateOnly(2026, 6, 1));
        await FieldworkData.CompleteWaveAsync(app, planned.Id, "T0", new DateOnly(2026, 8, 20));
        await app.WithDbAsync(async db =>
        {
            (await db.Cases.SingleAsync(c => c.Id == dueSooner.Id)).ConsentState = ConsentStatusKind.Blocked;
            db.ContactAttempts.Add(Attempt(due.Id, new DateOnly(2026, 10, 20), ContactOutcome.NoAnswer));
            db.ContactAttempts.Add(Attempt(due.Id, new DateOnly(2026, 10, 28), ContactOutcome.AppointmentMade));
            db.CaseTasks.Add(new CaseTask { Id = Guid.NewGuid(), CaseId = overdue.Id, Kind = CaseTaskKind.Reconsent, MilestoneAge = 16, DueOn = new DateOnly(2026, 12, 1), State = ContactTaskState.Open });
            await db.SaveChangesAsync();
        });

        var page = await browser.PageAsync("/Work");

        var rows = page.QuerySelectorAll("table.dashboard tbody tr").ToList();
        Assert.Equal([overdue.ResearchCode, dueSooner.ResearchCode, due.ResearchCode, planned.ResearchCode], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Equal(["Over tijd", "Nu aan de beurt", "Nu aan de beurt", "Gepland"], rows.Select(r => r.QuerySelector(".badge")!.TextContent.Trim()));
        Assert.Equal("T6", rows[3].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains("Toestemming ontbreekt", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Toestemming ontbreekt", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("28-10-2026", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Afspraak gemaakt", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("1 open", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Cases/Details?id={overdue.Id}", rows[0].QuerySelector("th a")!.GetAttribute("href"));
        Assert.DoesNotContain("Veldwerk", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sanne", page.Body!.TextContent, StringComparison.Ordinal);
    }

    // No N+1: the number of SQL commands for the dashboard does not grow with the number of cases.
    [Fact]
    public async Task The_dashboard_runs_the_same_number_of_queries_for_two_cases_as_for_twelve()
    {
        var (me, browser) = await FieldworkSetup.InterviewerAsync(app);
        for (var i = 0; i < 2; i++) await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 10, 1));
        var few = await CountCommandsAsync(() => browser.PageAsync("/Work"));

        for (var i = 0; i < 10; i++)
        {
            var c = await FieldworkData.CaseAsync(app, me.Id, Born, new DateOnly(2026, 9, 1));
            await app.WithDbAsync(async db =>
            {
                db.ContactAttempts.Add(Attempt(c.Id, new DateOnly(2026, 10, 2), ContactOutcome.Reached));
                await db.SaveChangesAsync();
            });
        }
        var many = await CountCommandsAsync(() => browser.PageAsync("/Work"));

        Assert.Equal(12, (await browser.PageAsync("/Work")).QuerySelectorAll("table.dashboard tbody tr").Length);
        Assert.True(few > 0, "no SQL commands were counted");
        Assert.Equal(few, many);
    }

    private static ContactAttempt Attempt(Guid caseId, DateOnly on, ContactOutcome outcome) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, OccurredOn = on, Channel = ContactChannel.Phone, Outcome = outcome, RecordedAtUtc = DateTime.UtcNow,
    };

    private async Task<int> CountCommandsAsync(Func<Task> request)
    {
        using var counter = new CommandCounter(app.DataFolder);
        await request();
        return counter.Count;
    }

    // Counts the SQL commands EF sends to this test's database (its path is unique to the app).
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _folder;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(string folder)
        {
            _folder = folder;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
                lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
                && data.Command.Connection?.ConnectionString.Contains(_folder, StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
