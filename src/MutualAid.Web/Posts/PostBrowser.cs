using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Posts;

// Reads open posts for the browse list and map. Every distance here is measured from the
// viewer's public cell to each post's public cell; exact points are never read.
public sealed class PostBrowser(AppDbContext db, ShownNames names, TimeProvider clock)
{
    private const int ExcerptLength = 160;
    public const int MapLimit = 500;

    public async Task<BrowseResult> BrowseAsync(BrowseQuery query, GridCell? origin, string? viewerId = null, CancellationToken cancellationToken = default)
    {
        var filtered = Filter(query, origin, viewerId);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Min(query.SafePage, Math.Max(1, (total + BrowseQuery.PageSize - 1) / BrowseQuery.PageSize));
        var rows = await Order(filtered, query.Sort, origin)
            .Skip((page - 1) * BrowseQuery.PageSize)
            .Take(BrowseQuery.PageSize)
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
            })
            .ToListAsync(cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var cell = new GridCell(r.CellRow, r.CellColumn);
            DistanceBand? band = origin is { } from ? DistanceBands.Between(from, cell) : null;
            return new PostSummary(r.Id, r.Kind, categories[r.CategoryId], r.Title, Excerpt(r.Start), r.CreatedAt, r.Urgency,
                r.NeededBy, r.IsStanding, r.Author ?? "", cell, band);
        }).ToList();
        return new BrowseResult(items, total, page);
    }

    public async Task<IReadOnlyList<MapCell>> MapCellsAsync(BrowseQuery query, GridCell? origin, string? viewerId = null, CancellationToken cancellationToken = default)
    {
        var rows = await Order(Filter(query, origin, viewerId), query.Sort, origin)
            .Take(MapLimit)
            .Select(p => new { p.Id, p.Kind, p.CategoryId, p.Title, p.PublicLatitude, p.PublicLongitude })
            .ToListAsync(cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.PublicLatitude, r.PublicLongitude))
            .Select(g => new MapCell(g.Key.PublicLatitude, g.Key.PublicLongitude,
                g.Select(r => new MapPost(r.Id, r.Kind.ToString(), categories[r.CategoryId].Shown, r.Title)).ToList()))
            .ToList();
    }

    private IQueryable<Post> Filter(BrowseQuery query, GridCell? origin, string? viewerId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posts = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open && p.ExpiresAt > now);
        if (viewerId is not null)
        {
            var hidden = db.NeighborBlocks.OnOtherSideOf(viewerId);
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

        if (query.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            posts = posts.Where(p => EF.Functions.Like(p.Title, pattern, "\\") || EF.Functions.Like(p.Details, pattern, "\\"));
        }

        if (query.WithinKm is { } km && origin is { } from)
        {
            var (lat0, lon0, lonScale) = Projection(from);
            var limit = Math.Pow(km / GeoPoint.KmPerDegree, 2);
            posts = posts.Where(p =>
                ((p.PublicLatitude - lat0) * (p.PublicLatitude - lat0))
                + ((p.PublicLongitude - lon0) * lonScale * (p.PublicLongitude - lon0) * lonScale) <= limit);
        }

        return posts;
    }

    private static IQueryable<Post> Order(IQueryable<Post> posts, BrowseSort sort, GridCell? origin)
    {
        if (sort == BrowseSort.Nearest && origin is { } from)
        {
            var (lat0, lon0, lonScale) = Projection(from);
            return posts
                .OrderBy(p => ((p.PublicLatitude - lat0) * (p.PublicLatitude - lat0))
                    + ((p.PublicLongitude - lon0) * lonScale * (p.PublicLongitude - lon0) * lonScale))
                .ThenByDescending(p => p.CreatedAt);
        }

        if (sort == BrowseSort.Urgent)
        {
            return posts.OrderByDescending(p => p.Urgency)
                .ThenBy(p => p.NeededBy == null)
                .ThenBy(p => p.NeededBy)
                .ThenByDescending(p => p.CreatedAt);
        }

        return posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id);
    }

    // An equirectangular projection around the viewer: plain arithmetic that SQLite can evaluate
    // and an index-friendly order, accurate to well under a band's width at neighborhood scale.
    private static (double Lat0, double Lon0, double LonScale) Projection(GridCell origin)
    {
        var center = origin.Center;
        return (center.Latitude, center.Longitude, Math.Cos(center.Latitude * Math.PI / 180));
    }

    private static string Excerpt(string start) =>
        start.Length > ExcerptLength ? string.Concat(start.AsSpan(0, ExcerptLength).TrimEnd(), "…") : start;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
