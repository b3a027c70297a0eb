using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighborhoods;

namespace MutualAid.Web.Neighbors;

public sealed class NeighborConfiguration : IEntityTypeConfiguration<Neighbor>
{
    public void Configure(EntityTypeBuilder<Neighbor> builder)
    {
        builder.Property(n => n.DisplayName).HasMaxLength(Neighbor.DisplayNameMaxLength).IsRequired();
        builder.HasOne<Neighborhood>().WithMany().HasForeignKey(n => n.NeighborhoodId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(n => n.Notifications).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Language).HasMaxLength(8).HasDefaultValue(Localization.Languages.Default);
        builder.Property(n => n.HelpCategoryIds).HasColumnName("DigestCategoryIds");
        builder.Property(n => n.HelpDistanceKm).HasDefaultValue(HelpDistances.Default);
        builder.Ignore(n => n.Home);
        builder.Ignore(n => n.OffersHelp);
    }
}
