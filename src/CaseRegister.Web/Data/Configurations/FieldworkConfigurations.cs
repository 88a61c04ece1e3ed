using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Label).HasMaxLength(8);
        builder.HasIndex(w => new { w.CaseId, w.Label }).IsUnique();
        builder.HasIndex(w => new { w.Status, w.WindowOpensOn });
        builder.HasMany(w => w.Interviews).WithOne().HasForeignKey(i => i.WaveId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => new { t.CaseId, t.Kind, t.WaveId, t.MilestoneAge }).IsUnique();
        builder.HasIndex(t => t.State);
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.CaseId, a.OccurredOn });
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ProtocolId).HasMaxLength(80);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CaseId);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ItemId).HasMaxLength(80);
        builder.Property(a => a.Value).HasMaxLength(400);
        builder.HasIndex(a => new { a.InterviewId, a.ItemId }).IsUnique();
        builder.HasIndex(a => a.ItemId);
    }
}

public class AdviceConfiguration : IEntityTypeConfiguration<Advice>
{
    public void Configure(EntityTypeBuilder<Advice> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.CaseId, a.WaveId });
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CodedSegmentConfiguration : IEntityTypeConfiguration<CodedSegment>
{
    public void Configure(EntityTypeBuilder<CodedSegment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CodeId).HasMaxLength(80);
        builder.Property(c => c.ItemId).HasMaxLength(80);
        builder.HasIndex(c => new { c.CaseId, c.WaveId });
        builder.HasIndex(c => c.CodeId);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.JobName).HasMaxLength(80);
        builder.Property(r => r.Counts).HasMaxLength(2000);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.HasIndex(r => new { r.JobName, r.StartedAtUtc });
    }
}

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Role).HasMaxLength(40);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
    }
}
