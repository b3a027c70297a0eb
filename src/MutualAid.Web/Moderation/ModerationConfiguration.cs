using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(Report.ReasonMaxLength);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(r => r.NeighborId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ResolvedAt);
        builder.HasIndex(r => new { r.PostId, r.ReporterId });
    }
}

public sealed class StewardActionConfiguration : IEntityTypeConfiguration<StewardAction>
{
    public void Configure(EntityTypeBuilder<StewardAction> builder)
    {
        // The log outlives what it names, so its ids are kept without foreign keys.
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.NeighborId).HasMaxLength(450);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.PreviousName).HasMaxLength(200);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Reason).HasMaxLength(Report.ReasonMaxLength);
        builder.HasIndex(a => a.CreatedAt);
    }
}

public sealed class NeighborBlockConfiguration : IEntityTypeConfiguration<NeighborBlock>
{
    public void Configure(EntityTypeBuilder<NeighborBlock> builder)
    {
        builder.HasKey(b => new { b.BlockerId, b.BlockedId });
        builder.HasIndex(b => b.BlockedId);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(b => b.BlockerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(b => b.BlockedId).OnDelete(DeleteBehavior.Cascade);
    }
}
