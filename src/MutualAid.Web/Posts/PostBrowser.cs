using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Posts;

// Reads open posts for the browse list and map. Every distance here is measured from the
// viewer's public cell to each post's public cell; exact points are never read. At a city's
// scale no request touches every open post: counting stops at CountLimit, the page is read in its
// order by BrowseOrder, and words are found through the PostWords full-text index.
public sealed class PostBrowser(AppDbContext db, ShownNames names, PostLanguages languages, TimeProvider clock)
{
    private const int ExcerptLength = 160;
    public const int MapLimit = 500;
    public const int CountLimit = 1000;

    public async Task<BrowseResult> BrowseAsync(BrowseQuery query, GridCell? origin, Viewer? reader = null, CancellationToken cancellationToken = default)
    {
        var filtered = await FilterAsync(query, reader, cancellationToken);
        return (await ListAsync(filtered, query, origin, cancellationToken)).List;
    }

    // The map's posts and the list below it, from one reading of the filters and one count.
    public async Task<MapView> MapAsync(BrowseQuery query, GridCell? origin, Viewer? reader = null, CancellationToken cancellationToken = default)
    {
        var filtered = await FilterAsync(query, reader, cancellationToken);
        var (list, counted) = await ListAsync(filtered, query, origin, cancellationToken);
        var rows = await BrowseOrder.ReadAsync(db, filtered, new(query, origin, 0, MapLimit, counted), ordered => ordered
            .Select(p => new { p.Id, p.Kind, p.CategoryId, p.Title, p.PublicLatitude, p.PublicLongitude }), cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        var cells = rows
            .GroupBy(r => (r.PublicLatitude, r.PublicLongitude))
            .Select(g => new MapCell(g.Key.PublicLatitude, g.Key.PublicLongitude,
                g.Select(r => new MapPost(r.Id, r.Kind.ToString(), categories[r.CategoryId].Shown, r.Title)).ToList()))
            .ToList();
        return new MapView(list, cells);
    }

    private async Task<(BrowseResult List, int Counted)> ListAsync(IQueryable<Post> filtered, BrowseQuery query, GridCell? origin, CancellationToken cancellationToken)
    {
        // A first page that is not full holds every matching post, so it is read before counting
        // and spares the count. A later page needs the count first, to stay within the last page.
        int? counted = query.SafePage == 1 ? null : await CountAsync(filtered, query, origin, cancellationToken);
        var page = counted is { } known
            ? Math.Min(query.SafePage, Math.Max(1, (Math.Min(known, CountLimit) + BrowseQuery.PageSize - 1) / BrowseQuery.PageSize))
            : 1;
        var rows = await BrowseOrder.ReadAsync(db, filtered, new(query, origin, (page - 1) * BrowseQuery.PageSize, BrowseQuery.PageSize, counted), ordered => ordered
            .Select(p => new
            {
                p.Id,
                p.Kind,
                p.CategoryId,
                p.Title,
                Start = p.Details.Substring(0, ExcerptLength + 1),
                p.CreatedAt,
                p.Urgency,
                p.NeededBy,
                p.IsStanding,
                p.CellRow,
                p.CellColumn,
                Author = db.Users.Where(u => u.Id == p.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            }), cancellationToken);
        counted ??= rows.Count < BrowseQuery.PageSize ? rows.Count : await CountAsync(filtered, query, origin, cancellationToken);
        var total = Math.Min(counted.Value, CountLimit);
        var categories = await names.CategoriesAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var cell = new GridCell(r.CellRow, r.CellColumn);
            DistanceBand? band = origin is { } from ? DistanceBands.Between(from, cell) : null;
            return new PostSummary(r.Id, r.Kind, categories[r.CategoryId], r.Title, Excerpt(r.Start), r.CreatedAt, r.Urgency,
                r.NeededBy, r.IsStanding, r.Author ?? "", cell, band);
        }).ToList();
        return (new BrowseResult(items, total, page, counted > CountLimit), counted.Value);
    }

    // Ordered by a column every row shares, which SQLite skips: counting in no order, stopping early.
    private static Task<int> CountAsync(IQueryable<Post> filtered, BrowseQuery query, GridCell? origin, CancellationToken cancellationToken) =>
        BrowseOrder.Placed(filtered, query, origin).OrderBy(p => p.Status).Take(CountLimit + 1).CountAsync(cancellationToken);

    // Every filter but the distance, which BrowseOrder adds as the order it reads in needs.
    private async Task<IQueryable<Post>> FilterAsync(BrowseQuery query, Viewer? reader, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // Compared without the column's own collation, so that SQLite's planner never takes the
        // (status, expiry) index, which would make it sort every open post to show twenty. A
        // collation means nothing to PostgreSQL's timestamps, nor does its planner need the hint.
        var open = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open);
        var posts = db.Database.IsSqlite() ? open.Where(p => EF.Functions.Collate(p.ExpiresAt, "NOCASE") > now) : open.Where(p => p.ExpiresAt > now);
        // Most neighbors are on neither side of any block (read with their home, ViewerLocator):
        // their lists never read each post's author, which no browse index holds. The others'
        // lists leave out both sides of each block.
        if (reader is { OnEitherSideOfABlock: true })
        {
            var hidden = db.NeighborBlocks.OnOtherSideOf(reader.Id);
            posts = posts.Where(p => !hidden.Contains(p.AuthorId));
        }

        if (query.Kind is { } kind)
        {
            posts = posts.Where(p => p.Kind == kind);
        }

        if (query.Category is { } categoryId)
        {
            posts = posts.Where(p => p.CategoryId == categoryId);
        }

        if (query.Speaks && reader is not null)
        {
            var mine = await db.Users.Where(u => u.Id == reader.Id).Select(u => u.SpokenLanguages).FirstOrDefaultAsync(cancellationToken) ?? [];
            posts = languages.InAny(posts, mine);
        }

        return query.Text is { } text ? await WithWordsAsync(posts, text, cancellationToken) : posts;
    }

    // PostWords finds the words of open posts only.
    private async Task<IQueryable<Post>> WithWordsAsync(IQueryable<Post> posts, string text, CancellationToken cancellationToken)
    {
        if (PostWords.Matching(db, text) is not { } hits)
        {
            return posts.Where(p => false);
        }

        var few = await PostWords.Matching(db, text, CountLimit + 1)!.ToListAsync(cancellationToken);

        // Few hits are looked up by id. Many are checked one by one while walking the chosen order
        // ("+ 0" keeps SQLite from looking every hit up and sorting them all to show twenty).
        return few.Count <= CountLimit
            ? posts.Where(p => EF.Constant(few).Contains(p.Id))
            : posts.Where(p => hits.Contains(p.Id + 0));
    }

    private static string Excerpt(string start) =>
        start.Length > ExcerptLength ? string.Concat(start.AsSpan(0, ExcerptLength).TrimEnd(), "…") : start;
}
