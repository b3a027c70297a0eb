using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Posts;

public sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.Property(a => a.Message).HasMaxLength(Answer.MessageMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Post>().WithMany().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(a => a.NeighborId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.NeighborId);

        // One live answer per neighbor per post, enforced by the database even under races.
        builder.HasIndex(a => new { a.PostId, a.NeighborId }).IsUnique()
            .HasFilter("\"Status\" IN ('Pending', 'Accepted')");
        builder.Ignore(a => a.IsLive);
    }
}
