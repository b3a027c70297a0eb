using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

// Pairs a post with open posts of the opposite kind nearby. The database narrows candidates with
// the (category, kind, status, latitude row, longitude) index to a box around the post; exact
// distances and both radii are then checked on those few rows only.
public sealed class MatchFinder(AppDbContext db, IOptions<MatchingOptions> options)
{
    private const double KmPerDegree = 111.195;

    public async Task<IReadOnlyList<MatchCandidate>> FindAsync(Post post, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!post.IsOpenAt(now))
        {
            return [];
        }

        var origin = new GeoPoint(post.Latitude, post.Longitude);
        var (rows, minLongitude, maxLongitude) = SearchBox(origin, post.RadiusKm);
        var opposite = post.Kind == PostKind.Need ? PostKind.Offer : PostKind.Need;
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => p.CategoryId == post.CategoryId && p.Kind == opposite && p.Status == PostStatus.Open
                && EF.Constant(rows).Contains(p.CellRow)
                && p.Longitude >= minLongitude && p.Longitude <= maxLongitude
                && p.AuthorId != post.AuthorId)
            .Select(p => new { p.Id, p.AuthorId, p.Latitude, p.Longitude, p.RadiusKm, p.Urgency, p.CreatedAt, p.ExpiresAt })
            .ToListAsync(cancellationToken);
        var blocked = await db.NeighborBlocks.OnOtherSideOf(post.AuthorId).ToListAsync(cancellationToken);

        // Expiry is checked here, not in SQL: a condition on ExpiresAt tempts SQLite's planner to
        // scan the (Status, ExpiresAt) index over every open post when it has no statistics.
        return candidates
            .Where(c => c.ExpiresAt > now && !blocked.Contains(c.AuthorId))
            .Select(c => new { c, Distance = origin.DistanceKmTo(new GeoPoint(c.Latitude, c.Longitude)) })
            .Where(x => x.Distance <= post.RadiusKm && x.Distance <= x.c.RadiusKm)
            .Select(x => new MatchCandidate(x.c.Id, x.c.AuthorId, x.Distance, x.c.Urgency, x.c.CreatedAt))
            .OrderBy(c => c.DistanceKm)
            .ThenByDescending(c => c.Urgency)
            .ThenByDescending(c => c.CreatedAt)
            .ThenBy(c => c.PostId)
            .Take(options.Value.MatchesPerPost)
            .ToList();
    }

    // Adds Match rows for the best candidates not paired with this post before. The caller saves,
    // in the same transaction as the change that prompted matching.
    public async Task<IReadOnlyList<Match>> RecordAsync(Post post, DateTime now, CancellationToken cancellationToken = default)
    {
        var best = await FindAsync(post, now, cancellationToken);
        if (best.Count == 0)
        {
            return [];
        }

        var ids = best.Select(c => c.PostId).ToList();
        var known = post.Kind == PostKind.Need
            ? await db.Matches.Where(m => m.NeedId == post.Id && ids.Contains(m.OfferId)).Select(m => m.OfferId).ToListAsync(cancellationToken)
            : await db.Matches.Where(m => m.OfferId == post.Id && ids.Contains(m.NeedId)).Select(m => m.NeedId).ToListAsync(cancellationToken);
        var matches = best.Where(c => !known.Contains(c.PostId))
            .Select(c => post.Kind == PostKind.Need
                ? new Match(post.Id, c.PostId, c.DistanceKm, now)
                : new Match(c.PostId, post.Id, c.DistanceKm, now))
            .ToList();
        db.Matches.AddRange(matches);
        return matches;
    }

    // Saves a created, edited or renewed post and records its matches in one transaction, so a
    // post is never visible without the matches it should have made.
    public async Task SaveWithMatchesAsync(Post post, DateTime now, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(post, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static (int[] Rows, double MinLongitude, double MaxLongitude) SearchBox(GeoPoint origin, double radiusKm)
    {
        var latitudeSpan = radiusKm / KmPerDegree;
        var south = Math.Max(-90, origin.Latitude - latitudeSpan);
        var north = Math.Min(90, origin.Latitude + latitudeSpan);
        var firstRow = GridCell.Containing(new GeoPoint(south, origin.Longitude)).Row;
        var lastRow = GridCell.Containing(new GeoPoint(north, origin.Longitude)).Row;
        var rows = Enumerable.Range(firstRow, lastRow - firstRow + 1).ToArray();

        var widestLatitude = Math.Min(89.9, Math.Max(Math.Abs(south), Math.Abs(north)));
        var longitudeSpan = radiusKm / (KmPerDegree * Math.Cos(widestLatitude * Math.PI / 180));
        if (longitudeSpan >= 180 || origin.Longitude - longitudeSpan < -180 || origin.Longitude + longitudeSpan > 180)
        {
            // Near the antimeridian or a pole, search the whole band of rows rather than wrap.
            return (rows, -180, 180);
        }

        return (rows, origin.Longitude - longitudeSpan, origin.Longitude + longitudeSpan);
    }
}
