using CaseRegister.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The sequence is assigned by the audit service inside its transaction: it is the chain
        // order, and a gap is itself evidence of a deleted entry.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.OnBehalfOf).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.ResearchCode).HasMaxLength(40);
        builder.Property(e => e.Target).HasMaxLength(200);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => e.ResearchCode);
    }
}
