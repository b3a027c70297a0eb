using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Coordination;

public sealed class OfflineNeighborConfiguration : IEntityTypeConfiguration<OfflineNeighbor>
{
    public void Configure(EntityTypeBuilder<OfflineNeighbor> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(OfflineNeighbor.NameMaxLength).IsRequired();
        builder.Property(o => o.ReachBy).HasMaxLength(OfflineNeighbor.ReachByMaxLength).IsRequired();
        builder.Property(o => o.SharedAtIntroduction).HasMaxLength(OfflineNeighbor.SharedMaxLength).IsRequired();
        builder.Property(o => o.HandOverTokenHash).HasMaxLength(64);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(o => o.CoordinatorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(o => o.HandedOverToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => o.CoordinatorId);
        builder.HasIndex(o => o.HandOverTokenHash);
        builder.Ignore(o => o.IsClosed);
        builder.Ignore(o => o.Cell);
    }
}
