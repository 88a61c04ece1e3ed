using System.Reflection;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseRegister.Web.Data;

public class CaseRegisterDbContext(DbContextOptions<CaseRegisterDbContext> options, FieldProtector fieldProtector)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public FieldProtector FieldProtector { get; } = fieldProtector;

    public DbSet<KeyMaterial> KeyMaterial => Set<KeyMaterial>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<StudySettings> StudySettings => Set<StudySettings>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<ExpertTeam> ExpertTeams => Set<ExpertTeam>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CasePerson> CasePersons => Set<CasePerson>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();
    public DbSet<ErasedCase> ErasedCases => Set<ErasedCase>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<ConsentScan> ConsentScans => Set<ConsentScan>();
    public DbSet<Wave> Waves => Set<Wave>();
    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();
    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<Advice> Advice => Set<Advice>();
    public DbSet<CodedSegment> CodedSegments => Set<CodedSegment>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC DateTime everywhere (SQLite cannot compare DateTimeOffset); reading
        // marks them UTC again so that PostgreSQL and SQLite behave the same.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable for analysts and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseRegisterDbContext).Assembly);
        ApplyFieldEncryption(builder);
    }

    private void ApplyFieldEncryption(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.ClrType.GetProperties())
            {
                var family = property.GetCustomAttribute<EncryptedAttribute>()?.Family;
                if (family is null) continue;
                var protector = FieldProtector;
                var f = family.Value;
                ValueConverter converter = property.PropertyType == typeof(byte[])
                    ? new ValueConverter<byte[], byte[]>(v => protector.Protect(f, v), v => protector.Unprotect(f, v))
                    : new ValueConverter<string, string>(v => protector.Protect(f, v), v => protector.Unprotect(f, v));
                builder.Entity(entity.ClrType).Property(property.Name).HasConversion(converter);
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

// The encryption converters capture this host's key ring, so the compiled model must not be
// shared with another host in the same process (the tests run several).
internal sealed class FieldProtectorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), ((CaseRegisterDbContext)context).FieldProtector, designTime);
}
