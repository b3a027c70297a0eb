using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(80).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.OwnsNamesInLanguages(c => c.Names, "CategoryNames", "CategoryId");
    }
}
