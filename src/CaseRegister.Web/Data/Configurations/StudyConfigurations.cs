using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class StudySettingsConfiguration : IEntityTypeConfiguration<StudySettings>
{
    public void Configure(EntityTypeBuilder<StudySettings> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.StudyName).HasMaxLength(200);
        builder.Property(s => s.ResearchCodePrefix).HasMaxLength(8);
        builder.Property(s => s.CoordinatorName).HasMaxLength(200);
        builder.Property(s => s.CoordinatorContact).HasMaxLength(300);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.StudyEnd);
    }
}

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(120);
        builder.Property(r => r.Landsdeel).HasMaxLength(120);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasMany(r => r.ExpertTeams).WithOne().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ExpertTeamConfiguration : IEntityTypeConfiguration<ExpertTeam>
{
    public void Configure(EntityTypeBuilder<ExpertTeam> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(160);
    }
}

public class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Label).HasMaxLength(80);
        builder.HasIndex(c => c.Label).IsUnique();
        // One cohort per inclusion year (SPEC §2.1); the page says so, the index holds under races.
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
