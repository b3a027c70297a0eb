using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Posts;

// How a page of filtered posts is read in its order without reading every post that matches.
// "Nearest" looks in a box that grows until it holds the page. "Newest" within a distance walks
// the newest-first index, testing the circle on the index itself, through the newest posts only;
// where the circle holds too few of them it sorts the box instead.
public static class BrowseOrder
{
    private static readonly double[] NearestBoxesKm = [2, 8, 32, 128];

    // How far the newest-first walk may go. In a dense city the map's 500 posts of a 5 km circle
    // are found among the newest few thousand; in a sparse area the walk ends here and the box,
    // small there, is sorted.
    public const int NewestWalkLimit = 20_000;

    // Up to this distance the box holds few enough posts that sorting them beats walking the
    // newest-first index until enough of them turn up.
    private const double SortBoxUpToKm = 50;

    // Matching: how many posts pass the filters, where already counted (up to CountLimit + 1).
    public sealed record Page(BrowseQuery Query, GridCell? Origin, int Skip, int Take, int? Matching = null);

    // `unplaced` is filtered by everything but the distance, which each way of reading adds as it needs.
    public static async Task<List<T>> ReadAsync<T>(AppDbContext db, IQueryable<Post> unplaced, Page page,
        Func<IQueryable<Post>, IQueryable<T>> select, CancellationToken cancellationToken)
    {
        var (query, origin, skip, take, matching) = page;
        var placed = Placed(unplaced, query, origin);
        if (origin is not { } from)
        {
            return await select(Order(placed, query.Sort, sortBox: false).Skip(skip).Take(take)).ToListAsync(cancellationToken);
        }

        if (query.Sort == BrowseSort.Nearest)
        {
            // All posts within a circle come before any outside it, so the page is exact as soon
            // as the circle holds enough of them.
            foreach (var km in NearestBoxesKm.Where(km => query.WithinKm is not { } within || km < within))
            {
                var rows = await select(unplaced.Within(from, km).NearestFirst(from).Skip(skip).Take(take)).ToListAsync(cancellationToken);
                if (rows.Count == take)
                {
                    return rows;
                }
            }

            return await select(placed.NearestFirst(from).Skip(skip).Take(take)).ToListAsync(cancellationToken);
        }

        var sortBox = query.WithinKm <= SortBoxUpToKm;
        // A category's box or a word's hits are few enough to sort; their indexes lead there. Nor
        // is the walk tried where too few posts match to fill the page.
        var worthWalking = query.Category is null && query.Text is null && (matching is not { } n || n >= skip + take);
        if (sortBox && worthWalking && query.Sort == BrowseSort.Newest && query.WithinKm is { } walkKm)
        {
            // Every post of the circle from the cutoff on is read, and all older ones come after
            // them: when the walk fills the page, it is the page a full sort gives. The cutoff is
            // the time of the NewestWalkLimit-th newest post of any status, read from its own index.
            // Ties are broken by "Id + 0", which no index holds: otherwise the (created) index,
            // whose order includes the id, looks cheaper to SQLite for a long page such as the
            // map's, and it reads every post from the table to test its circle.
            var walked = await select(unplaced.InCircle(from, walkKm)
                .Where(p => p.CreatedAt >= (db.Posts.OrderByDescending(n => n.CreatedAt).Skip(NewestWalkLimit)
                    .Select(n => (DateTime?)n.CreatedAt).FirstOrDefault() ?? DateTime.MinValue))
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id + 0).Skip(skip).Take(take)).ToListAsync(cancellationToken);
            if (walked.Count == take)
            {
                return walked;
            }
        }

        return await select(Order(placed, query.Sort, sortBox && db.Database.IsSqlite()).Skip(skip).Take(take)).ToListAsync(cancellationToken);
    }

    public static IQueryable<Post> Placed(IQueryable<Post> unplaced, BrowseQuery query, GridCell? origin) =>
        query.WithinKm is { } km && origin is { } from ? unplaced.Within(from, km) : unplaced;

    // Ordering by a collation the index does not have makes SQLite read the box's index and sort
    // what it finds, rather than walk every open post newest first looking for the box's few.
    // PostgreSQL's timestamps have no collation; its planner weighs the two ways itself.
    private static IQueryable<Post> Order(IQueryable<Post> posts, BrowseSort sort, bool sortBox) => sort switch
    {
        BrowseSort.Urgent => posts.OrderByDescending(p => p.Urgency)
            .ThenBy(p => p.NeededBy == null)
            .ThenBy(p => p.NeededBy)
            .ThenByDescending(p => p.CreatedAt),
        _ when sortBox => posts.OrderByDescending(p => EF.Functions.Collate(p.CreatedAt, "NOCASE")).ThenByDescending(p => p.Id),
        _ => posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };
}
