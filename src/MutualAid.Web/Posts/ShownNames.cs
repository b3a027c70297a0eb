using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

// Category and neighborhood names in every language, each list read once per request (or per
// run of a background job) however many rows or emails show them, and kept across requests by
// NameListCache. Lists and emails carry ids and look the names up here, so a page never asks the
// database once per post.
public sealed class ShownNames(AppDbContext db, NameListCache cache)
{
    private NameList? categories;
    private NameList? neighborhoods;

    // Outside the app (benchmarks, tools): names read afresh, as a first request would.
    public ShownNames(AppDbContext db)
        : this(db, new NameListCache(TimeProvider.System))
    {
    }

    public async Task<NameList> CategoriesAsync(CancellationToken cancellationToken = default) =>
        categories ??= await cache.CategoriesAsync(async () => List(await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new Row(c.Id, c.Name, c.Names.ToList(), c.RetiredAt != null))
            .ToListAsync(cancellationToken)));

    public async Task<NameList> NeighborhoodsAsync(CancellationToken cancellationToken = default) =>
        neighborhoods ??= await cache.NeighborhoodsAsync(async () => List(await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new Row(n.Id, n.Name, n.Names.ToList(), false))
            .ToListAsync(cancellationToken)));

    private static NameList List(List<Row> rows) =>
        new([.. rows.Select(r => new Named(r.Id, new LocalizedName(r.Name, r.Names.ToDictionary(n => n.Language, n => n.Name))))],
            rows.Where(r => r.Retired).Select(r => r.Id).ToHashSet());

    private sealed record Row(int Id, string Name, List<NameInLanguage> Names, bool Retired);
}
