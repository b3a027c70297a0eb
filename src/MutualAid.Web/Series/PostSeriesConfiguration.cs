using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

public sealed class PostSeriesConfiguration : IEntityTypeConfiguration<PostSeries>
{
    public void Configure(EntityTypeBuilder<PostSeries> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Post.TitleMaxLength).IsRequired();
        builder.Property(s => s.Details).HasMaxLength(Post.DetailsMaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Every).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Urgency).HasConversion<int>();
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.Cascade);
        // The job reads the live series.
        builder.HasIndex(s => new { s.WithdrawnAt, s.EndsOn });
        builder.HasIndex(s => s.TakenById);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Rule);
        builder.Ignore(s => s.IsLive);
    }
}
