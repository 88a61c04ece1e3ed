using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ResearchCode).HasMaxLength(40);
        builder.HasIndex(c => c.ResearchCode).IsUnique();
        builder.HasIndex(c => c.BlindIndex);
        builder.HasIndex(c => new { c.AssignedInterviewerId, c.Status });
        builder.HasIndex(c => new { c.CohortId, c.Status });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExpertTeam>().WithMany().HasForeignKey(c => c.ExpertTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Persons).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Placements).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Waves).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsActive);
    }
}

public class CasePersonConfiguration : IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CasePerson> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
    }
}

public class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.CaseId, p.StartedOn });
    }
}

public class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
    }
}

public class WithdrawalConfiguration : IEntityTypeConfiguration<Withdrawal>
{
    public void Configure(EntityTypeBuilder<Withdrawal> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasIndex(w => w.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ErasedCaseConfiguration : IEntityTypeConfiguration<ErasedCase>
{
    public void Configure(EntityTypeBuilder<ErasedCase> builder)
    {
        builder.HasKey(e => e.ResearchCode);
        builder.Property(e => e.ResearchCode).HasMaxLength(40);
    }
}

public class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TemplateId).HasMaxLength(80);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.Property(c => c.TemplateSha256).HasMaxLength(64);
        builder.HasOne<CasePerson>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ConsentScanConfiguration : IEntityTypeConfiguration<ConsentScan>
{
    public void Configure(EntityTypeBuilder<ConsentScan> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ContentType).HasMaxLength(40);
        builder.HasIndex(s => s.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
