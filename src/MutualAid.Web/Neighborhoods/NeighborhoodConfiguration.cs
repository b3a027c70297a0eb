using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Neighborhoods;

public sealed class NeighborhoodConfiguration : IEntityTypeConfiguration<Neighborhood>
{
    public void Configure(EntityTypeBuilder<Neighborhood> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(80).IsRequired();
        builder.HasIndex(n => n.Name).IsUnique();
        builder.Ignore(n => n.Center);
        builder.OwnsNamesInLanguages(n => n.Names, "NeighborhoodNames", "NeighborhoodId");
    }
}
