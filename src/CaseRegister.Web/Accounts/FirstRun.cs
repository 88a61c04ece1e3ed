using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Accounts;

// On a start without any account, print a one-time link that creates the first administrator.
public static class FirstRun
{
    public static string PublicUrl(IServiceProvider services) =>
        (services.GetRequiredService<IConfiguration>()["App:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public static async Task AnnounceAsync(WebApplication app)
    {
        var url = PublicUrl(app.Services);
        string? setupLink = null;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            if (!await db.Users.AnyAsync())
            {
                var token = await scope.ServiceProvider.GetRequiredService<Invitations>()
                    .CreateAsync("beheerder@localhost", Roles.Admin, invitedBy: null, firstRunSetup: true);
                setupLink = url + Invitations.Path(token);
            }
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"CaseRegister is running at {url}");
            if (setupLink is not null)
            {
                Console.WriteLine("No accounts exist yet. Create the first administrator with this one-time link (valid 72 hours):");
                Console.WriteLine(setupLink);
            }
        });
    }
}
