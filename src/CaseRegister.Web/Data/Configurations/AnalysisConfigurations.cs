using CaseRegister.Web.Analysis.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class AnalysisReleaseConfiguration : IEntityTypeConfiguration<AnalysisRelease>
{
    public void Configure(EntityTypeBuilder<AnalysisRelease> builder)
    {
        builder.ToTable("AnalysisReleases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.Sequence).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.Property(r => r.CohortSet).HasMaxLength(400);
        builder.Property(r => r.Waves).HasMaxLength(400);
        builder.Property(r => r.Format).HasMaxLength(16);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.TableIds).HasMaxLength(4000);
        // The ledger is never thinned out: a figure once published stays the reference.
        builder.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.ReleaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PublishedFigureConfiguration : IEntityTypeConfiguration<PublishedFigure>
{
    public void Configure(EntityTypeBuilder<PublishedFigure> builder)
    {
        builder.ToTable("PublishedFigures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TableId).HasMaxLength(80);
        builder.Property(f => f.CohortSet).HasMaxLength(400);
        builder.Property(f => f.Wave).HasMaxLength(40);
        builder.Property(f => f.CategoryKey).HasMaxLength(400);
        builder.Property(f => f.Display).HasMaxLength(40);
        builder.HasIndex(f => new { f.TableId, f.CohortSet });
    }
}
