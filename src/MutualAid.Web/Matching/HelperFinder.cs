using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

// Neighbors who said what they could help with are matched to new needs as a standing offer would
// be: same category, and the need's public cell within both the helper's reach (from their home's
// cell) and the need's radius. Cells, never exact points, decide: a stranger who posts needs at
// many points, or moves their own home, learns at most a cell from who hears of what. A need
// asking for languages reaches only helpers who speak one of them (SpokenLanguages.Reaches).
public sealed class HelperFinder(AppDbContext db, ShownNames names)
{
    // Every neighbor who could help with this need, nearest first.
    public async Task<List<HelperCandidate>> FindAsync(Post need, DateTime now, CancellationToken cancellationToken = default)
    {
        if (need.Kind != PostKind.Need || !need.IsOpenAt(now))
        {
            return [];
        }

        var reach = Math.Min(need.RadiusKm, HelpDistances.Choices[^1]);
        var (rows, minLongitude, maxLongitude) = CellSearchBox.Around(need.Cell, reach);
        var (south, north) = LatitudesOf(rows);
        var acrossBlock = db.NeighborBlocks.OnOtherSideOf(need.AuthorId);
        var known = db.HelpMatches.Where(m => m.NeedId == need.Id).Select(m => m.HelperId);

        // "Count > 0" is the condition of the helpers' index on home (NeighborConfiguration):
        // SQLite then reads only neighbors who said they could help, in the box's latitudes,
        // instead of every account.
        var candidates = await Read(db.Users
            .Where(u => u.HelpCategoryIds.Count > 0 && u.HelpCategoryIds.Contains(need.CategoryId) && u.Id != need.AuthorId && !u.IsBlocked
                && u.HomeLatitude >= south && u.HomeLatitude < north
                && u.HomeLongitude >= minLongitude && u.HomeLongitude <= maxLongitude
                && !acrossBlock.Contains(u.Id) && !known.Contains(u.Id)))
            .ToListAsync(cancellationToken);
        return Decide(need, candidates);
    }

    // At most `limit` new rows, nearest first: a new account's posts together reach no more
    // helpers than its allowed posts would have (see MatchFinder.RecordAsync).
    public async Task<IReadOnlyList<HelpMatch>> RecordAsync(Post need, DateTime now, int limit = int.MaxValue, CancellationToken cancellationToken = default) =>
        Record(need, now, await FindAsync(need, now, cancellationToken), limit);

    // In the write lock, for helpers found before it: each is read again by id and decided by the
    // same rules, and blocks and rows already made are read afresh, so a helper blocked, erased or
    // gone out of reach in between hears nothing.
    public async Task<IReadOnlyList<HelpMatch>> RecordFoundAsync(Post need, DateTime now, IReadOnlyList<HelperCandidate> found, int limit, CancellationToken cancellationToken)
    {
        if (found.Count == 0 || limit <= 0 || need.Kind != PostKind.Need || !need.IsOpenAt(now))
        {
            return [];
        }

        var ids = found.Select(f => f.Id).ToList();
        var acrossBlock = db.NeighborBlocks.OnOtherSideOf(need.AuthorId);
        var known = db.HelpMatches.Where(m => m.NeedId == need.Id).Select(m => m.HelperId);
        var candidates = await Read(db.Users.Where(u => ids.Contains(u.Id) && !acrossBlock.Contains(u.Id) && !known.Contains(u.Id)))
            .ToListAsync(cancellationToken);
        return Record(need, now, Decide(need, candidates), limit);
    }

    private static IQueryable<Helper> Read(IQueryable<Neighbor> neighbors) =>
        neighbors.AsNoTracking().Select(u => new Helper(u.Id, u.IsBlocked, u.HelpCategoryIds, u.HomeLatitude, u.HomeLongitude, u.HelpDistanceKm, u.SpokenLanguages));

    private static List<HelperCandidate> Decide(Post need, List<Helper> helpers)
    {
        var origin = need.Cell;
        return helpers
            .Where(h => !h.IsBlocked && h.Id != need.AuthorId && h.HelpCategoryIds.Contains(need.CategoryId) && SpokenLanguages.Reaches(need.AskedLanguages, h.SpokenLanguages))
            .Where(h => h.HomeLatitude is not null && h.HomeLongitude is not null)
            .Select(h => new { h.Id, h.HelpDistanceKm, Distance = origin.DistanceKmTo(GridCell.Containing(new GeoPoint(h.HomeLatitude!.Value, h.HomeLongitude!.Value))) })
            .Where(h => h.Distance <= h.HelpDistanceKm && h.Distance <= need.RadiusKm)
            .OrderBy(h => h.Distance).ThenBy(h => h.Id, StringComparer.Ordinal)
            .Select(h => new HelperCandidate(h.Id, h.Distance))
            .ToList();
    }

    private List<HelpMatch> Record(Post need, DateTime now, List<HelperCandidate> helpers, int limit)
    {
        var matches = helpers.Take(limit).Select(h => new HelpMatch(need.Id, h.Id, h.DistanceKm, now)).ToList();
        db.HelpMatches.AddRange(matches);
        return matches;
    }

    public Task<int> CountForAuthorAsync(string authorId, CancellationToken cancellationToken) =>
        db.HelpMatches.CountAsync(m => db.Posts.Any(p => p.AuthorId == authorId && p.Id == m.NeedId), cancellationToken);

    // The open needs a neighbor could help with now, for the Matches page: the same rule as
    // RecordAsync, seen from the helper's side. Empty when they said nothing or have no home.
    public async Task<IReadOnlyList<MatchedPost>> NeedsForAsync(string helperId, DateTime now, CancellationToken cancellationToken = default)
    {
        var helper = await db.Users.AsNoTracking().Where(u => u.Id == helperId)
            .Select(u => new { u.HomeLatitude, u.HomeLongitude, u.HelpCategoryIds, u.HelpDistanceKm, u.SpokenLanguages })
            .SingleOrDefaultAsync(cancellationToken);
        if (helper is not { HomeLatitude: { } latitude, HomeLongitude: { } longitude } || helper.HelpCategoryIds.Count == 0)
        {
            return [];
        }

        var home = GridCell.Containing(new GeoPoint(latitude, longitude));
        var (rows, minLongitude, maxLongitude) = CellSearchBox.Around(home, helper.HelpDistanceKm);
        var categories = helper.HelpCategoryIds;
        var acrossBlock = db.NeighborBlocks.OnOtherSideOf(helperId);
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => p.Kind == PostKind.Need && p.Status == PostStatus.Open && categories.Contains(p.CategoryId)
                && rows.Contains(p.CellRow) && p.Longitude >= minLongitude && p.Longitude <= maxLongitude
                && p.AuthorId != helperId && !acrossBlock.Contains(p.AuthorId))
            .Select(p => new { p.Id, p.Title, p.CategoryId, p.CreatedAt, p.ExpiresAt, p.RadiusKm, p.CellRow, p.CellColumn, p.AskedLanguages, Author = db.Users.Where(u => u.Id == p.AuthorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var shown = await names.CategoriesAsync(cancellationToken);
        return candidates
            .Where(c => c.ExpiresAt > now && SpokenLanguages.Reaches(c.AskedLanguages, helper.SpokenLanguages))
            .Select(c => new { c, Cell = new GridCell(c.CellRow, c.CellColumn) })
            .Where(x => home.DistanceKmTo(x.Cell) is var d && d <= helper.HelpDistanceKm && d <= x.c.RadiusKm)
            .Select(x => new MatchedPost(x.c.Id, PostKind.Need, x.c.Title, shown[x.c.CategoryId], DistanceBands.Between(home, x.Cell), x.c.CreatedAt, x.c.Author ?? ""))
            .OrderBy(m => m.Band).ThenByDescending(m => m.CreatedAt).ThenByDescending(m => m.PostId)
            .Take(50)
            .ToList();
    }

    // The latitudes the box's rows cover, so homes (exact points) can be narrowed the same way.
    private static (double South, double North) LatitudesOf(int[] rows) =>
        (-90 + (rows[0] * GridCell.RowHeightDegrees), -90 + ((rows[^1] + 1) * GridCell.RowHeightDegrees));

    private sealed record Helper(string Id, bool IsBlocked, List<int> HelpCategoryIds, double? HomeLatitude, double? HomeLongitude, double HelpDistanceKm, List<string> SpokenLanguages);
}

public sealed record HelperCandidate(string Id, double DistanceKm);
