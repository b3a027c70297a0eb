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

        // Matching a new need reads the homes of neighbors who said they could help, in a box;
        // this index holds only those, so a city of accounts is not read on every post.
        builder.HasIndex(n => new { n.HomeLatitude, n.HomeLongitude }, "IX_AspNetUsers_Helpers")
            .HasFilter("json_array_length(\"DigestCategoryIds\") > 0");
        builder.Ignore(n => n.Home);
        builder.Ignore(n => n.OffersHelp);
    }
}
