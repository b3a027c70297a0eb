using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

public sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.HasIndex(m => new { m.NeedId, m.OfferId }).IsUnique();
        builder.HasIndex(m => m.OfferId);
        builder.HasIndex(m => m.NeedAuthorNotifiedAt);
        builder.HasIndex(m => m.OfferAuthorNotifiedAt);
        builder.HasOne<Post>().WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Post>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
