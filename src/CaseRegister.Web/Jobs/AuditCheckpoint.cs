using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Jobs;

// The last audit entry the nightly verification found intact: its sequence number and hash,
// sealed with the audit chain key. The hash chain alone cannot show that its newest entries were
// deleted (what is left is still a valid chain); the checkpoint can: the entry it names must
// still be there with the same hash. The seal stops anyone without the key from moving the
// checkpoint back to hide such a deletion.
public class AuditCheckpoint
{
    public static readonly Guid SingletonId = new("a0d17000-0000-4000-8000-000000000001");

    public Guid Id { get; set; } = SingletonId;
    public long Sequence { get; set; }
    public required string Hash { get; set; }
    public required string Seal { get; set; }
    public DateTime VerifiedAtUtc { get; set; }

    public static string SealFor(byte[] key, long sequence, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"audit-checkpoint\u001f{sequence.ToString(CultureInfo.InvariantCulture)}\u001f{hash}")));
}

public class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("AuditCheckpoints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.Seal).HasMaxLength(64);
    }
}
