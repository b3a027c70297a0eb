using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

public sealed class ThankYouConfiguration : IEntityTypeConfiguration<ThankYou>
{
    public void Configure(EntityTypeBuilder<ThankYou> builder)
    {
        builder.ToTable("ThankYous");
        builder.Property(t => t.Message).HasMaxLength(ThankYou.MessageMaxLength);
        builder.HasOne<Post>().WithMany().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(t => t.FromId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(t => t.ToId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(t => new { t.PostId, t.FromId, t.ToId }).IsUnique();
        builder.HasIndex(t => t.CreatedAt);
    }
}
