using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Jobs;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web;

// Builds the application for both the web server and the command line, so that commands see
// exactly the configuration and services the app runs with.
public static class AppHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;

        // Configuration is read when services are first resolved, not here: test hosts and
        // command-line options add their settings only when the app is built.
        services.AddSingleton(sp => new AppPaths(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var encryption = new EncryptionOptions
            {
                KeysFolder = sp.GetRequiredService<AppPaths>().FieldKeysFolder,
                CertificatePath = configuration["Encryption:CertificatePath"],
                CertificatePassword = configuration["Encryption:CertificatePassword"],
            };
            return new FieldKeyRing(encryption);
        });
        services.AddSingleton(sp => sp.GetRequiredService<FieldKeyRing>().Protector);
        services.AddSingleton<StudySecrets>();
        services.AddScoped<KeyRingGuard>();
        services.AddSingleton<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<Mail.Mailer>();
        services.AddSingleton<Study.StudyFiles>();
        services.AddScoped<Cases.CaseAccess>();
        services.AddScoped<Cases.Enrolment>();
        services.AddScoped<Cases.Withdrawals>();
        services.AddScoped<Cases.CaseConsent>();
        services.AddAnalysisPack();

        // The cookie and antiforgery ring: shared by all instances through the same folder.
        services.AddDataProtection().SetApplicationName("CaseRegister");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<AppPaths>((o, paths) => o.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(paths.AppKeysFolder), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

        services.AddCaseRegisterDatabase();
        services.AddAccounts();

        services.AddSingleton<TextCatalog>();
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddLocalization();
        services.AddRazorPages(options => options.Conventions.AddCaseRegisterAuthorization())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o => o.ModelBindingMessageProvider.UseDutchMessages());
        services.AddCaseRegisterHealthChecks();
        services.AddCaseRegisterJobs();

        return builder.Build();
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        app.UseTransportSecurity();
        // A request rejected by Kestrel's limits (e.g. an upload over the size limit) keeps its
        // status (413) instead of becoming a 500; the error page explains it.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(Cultures.Options());
        app.UseStaticFiles();
        app.UseRouting();
        // A path that matches no page is a plain 404, not a login prompt: the deny-by-default
        // fallback policy is for pages, not for typing errors.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseRequestLimits();
        app.UseAccounts();
        app.MapHealthChecks("/health", new() { ResponseWriter = Health.WriteResponse }).AllowAnonymous();
        app.MapRazorPages();
    }

    // Everything that must hold before the first request: schema up to date, key ring verified.
    public static async Task PrepareAsync(IServiceProvider services, bool initialiseKeysOnFirstRun, CancellationToken ct = default)
    {
        Directory.CreateDirectory(services.GetRequiredService<AppPaths>().DataFolder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<KeyRingGuard>().EnsureReadyAsync(initialiseKeysOnFirstRun, ct);
        await AccountSetup.EnsureRolesAsync(scope.ServiceProvider, ct);
        await Study.ReferenceData.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
        services.GetRequiredService<Study.StudyFiles>().Load();
        JobSetup.ValidateSettings(services);
    }
}
