using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Posts;

public sealed class PostLanguageConfiguration : IEntityTypeConfiguration<PostLanguage>
{
    public void Configure(EntityTypeBuilder<PostLanguage> builder)
    {
        builder.HasKey(l => new { l.PostId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(8);
        builder.HasIndex(l => new { l.Code, l.PostId });
        builder.HasOne<Post>().WithMany().HasForeignKey(l => l.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
