using CaseRegister.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseRegister.Web.Data.Configurations;

public class KeyMaterialConfiguration : IEntityTypeConfiguration<KeyMaterial>
{
    public void Configure(EntityTypeBuilder<KeyMaterial> builder)
    {
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(40);
    }
}
