using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// When the disclosure audit finds a leak, the export stops: a Dutch message on the page, no file,
// no release in the ledger, and a failure in the audit log.
public class PackAuditFailureTests(PackAuditFailureTests.Host host) : IClassFixture<PackAuditFailureTests.Host>
{
    public sealed class Host : PackHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ReleaseProtector, LeakingProtector>());
        }
    }

    // Runs the real engine, then reports a leak as the rank audit would.
    private sealed class LeakingProtector : ReleaseProtector
    {
        public override ProtectedRelease Protect(ReleaseRequest request, IReleaseLedger ledger)
        {
            base.Protect(request, ledger);
            throw new DisclosureAuditException("Disclosure audit failed: a withheld cell can be computed (test).");
        }
    }

    [Fact]
    public async Task A_failed_disclosure_audit_shows_a_Dutch_message_and_delivers_and_records_nothing()
    {
        var user = await host.CreateUserAsync(Roles.SteeringGroup);
        var browser = await host.LoginAsync(user);

        var response = await FormPost.SubmitAsync(browser, "/Analyses", FormPost.Pack("xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var page = await TestBrowser.ParseAsync(response);
        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Het analysepakket kan niet veilig worden gemaakt", alert, StringComparison.Ordinal);
        Assert.Contains("Er is niets gedownload", alert, StringComparison.Ordinal);
        await host.WithDbAsync(async db =>
        {
            Assert.Equal(0, await db.Set<AnalysisRelease>().CountAsync());
            Assert.Equal(0, await db.Set<PublishedFigure>().CountAsync());
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "analysis.release" && e.ActorUserId == user.Id);
            Assert.Equal(AuditOutcome.Failure, audit.Outcome);
            Assert.Contains("disclosure audit failed", audit.Details, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_service_lets_the_audit_exception_through_without_files()
    {
        await Assert.ThrowsAsync<DisclosureAuditException>(() => host.ReleaseAsync(PackFormat.All));
    }
}
