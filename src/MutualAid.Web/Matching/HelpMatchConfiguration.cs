using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

public sealed class HelpMatchConfiguration : IEntityTypeConfiguration<HelpMatch>
{
    public void Configure(EntityTypeBuilder<HelpMatch> builder)
    {
        builder.HasIndex(m => new { m.NeedId, m.HelperId }).IsUnique();
        builder.HasIndex(m => new { m.HelperId, m.NotifiedAt });
        builder.HasIndex(m => m.NotifiedAt);
        builder.HasOne<Post>().WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(m => m.HelperId).OnDelete(DeleteBehavior.Cascade);
    }
}
