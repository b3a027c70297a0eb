using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Neighborhoods;

public sealed class NeighborhoodConfiguration : IEntityTypeConfiguration<Neighborhood>
{
    public void Configure(EntityTypeBuilder<Neighborhood> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(80).IsRequired();
        builder.HasIndex(n => n.Name).IsUnique();
        builder.Ignore(n => n.Center);
    }
}
