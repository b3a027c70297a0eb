using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Localization;

// Names in other languages live in a small table per kind: (owner id, language, name).
public static class NamesInLanguagesConfiguration
{
    public static void OwnsNamesInLanguages<TOwner>(this EntityTypeBuilder<TOwner> builder,
        Expression<Func<TOwner, IEnumerable<NameInLanguage>?>> names, string table, string ownerKey)
        where TOwner : class =>
        builder.OwnsMany(names, (OwnedNavigationBuilder<TOwner, NameInLanguage> name) =>
        {
            name.ToTable(table);
            name.WithOwner().HasForeignKey(ownerKey);
            name.HasKey(ownerKey, nameof(NameInLanguage.Language));
            name.Property(n => n.Language).HasMaxLength(8);
            name.Property(n => n.Name).HasMaxLength(NameInLanguage.MaxLength).IsRequired();
            name.HasIndex(nameof(NameInLanguage.Language), nameof(NameInLanguage.Name)).IsUnique();
        });
}
