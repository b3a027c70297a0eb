using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Posts;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Post.TitleMaxLength).IsRequired();
        builder.Property(p => p.Details).HasMaxLength(Post.DetailsMaxLength).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Urgency).HasConversion<int>();
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.ExpiresAt });
        // Matching seeks this index with one category and kind, a handful of rows and a longitude range.
        builder.HasIndex(p => new { p.CategoryId, p.Kind, p.Status, p.CellRow, p.Longitude });
        builder.HasIndex(p => p.CreatedAt);
        // No foreign key: adding one to Posts would make SQLite rebuild the table, and its word index's
        // triggers with it. An offline neighbor's record is closed, never deleted.
        builder.HasIndex(p => p.ForOfflineNeighborId);
        // Browsing reads open posts newest first, a distance box by cell row and public longitude,
        // and a category's box, which in a dense city is a small part of the whole box. Each holds
        // the public cell center and expiry too, so the circle and the expiry are tested on the
        // index and only the posts shown are read from the table.
        builder.HasIndex(p => new { p.Status, p.CreatedAt, p.ExpiresAt, p.PublicLatitude, p.PublicLongitude });
        builder.HasIndex(p => new { p.Status, p.CellRow, p.PublicLongitude, p.PublicLatitude, p.ExpiresAt });
        builder.HasIndex(p => new { p.Status, p.CategoryId, p.CellRow, p.PublicLongitude, p.PublicLatitude, p.ExpiresAt });
        // A job that runs twice, or two at once, never makes two posts for one date of a series.
        builder.HasIndex(p => new { p.SeriesId, p.OccursOn }).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.HiddenNote).HasMaxLength(500);
        builder.Property(p => p.HiddenBecause).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(p => p.IsHidden);
        builder.Ignore(p => p.Cell);
        builder.Ignore(p => p.Lifetime);
        builder.Ignore(p => p.CanBeEdited);
        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.IsFull);
    }
}
