using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Notifications;

// The signed-in user's messages (their own and their roles'), and for an interviewer the same
// list the morning digest e-mail carries, computed live: research codes only.
public class IndexModel(CaseRegisterDbContext db, NotificationCounter notifications, TimeProvider time) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public IReadOnlyList<DigestItem>? Digest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await notifications.For(User).AsNoTracking().OrderByDescending(n => n.CreatedAtUtc).Take(50).ToListAsync(ct);
        if (User.IsInRole(Roles.Interviewer) && CaseAccess.UserId(User) is { } me)
            Digest = await ReminderDigest.ItemsAsync(db, me, ct);
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await notifications.For(User).Where(n => n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        return RedirectToPage();
    }
}
