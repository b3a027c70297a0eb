using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

// Pairs a post with open posts of the opposite kind nearby. Every distance that decides or ranks
// a match is measured between public cell centers, never exact points: an author may set any
// radius and watch what matches, so an exact distance would leak through "matched or not". The
// database narrows candidates with the (category, kind, status, cell row, longitude) index to a
// box around the post's cell; cell distances and both radii are then checked on those rows only.
public sealed class MatchFinder(AppDbContext db, HelperFinder helpers, PostLanguages languages, IOptions<MatchingOptions> options)
{
    public async Task<IReadOnlyList<MatchCandidate>> FindAsync(Post post, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!post.IsOpenAt(now))
        {
            return [];
        }

        var origin = post.Cell;
        var (rows, minLongitude, maxLongitude) = CellSearchBox.Around(origin, post.RadiusKm);
        var opposite = post.Kind == PostKind.Need ? PostKind.Offer : PostKind.Need;
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => p.CategoryId == post.CategoryId && p.Kind == opposite && p.Status == PostStatus.Open
                && EF.Constant(rows).Contains(p.CellRow)
                && p.Longitude >= minLongitude && p.Longitude <= maxLongitude
                && p.AuthorId != post.AuthorId)
            .Select(p => new { p.Id, p.AuthorId, p.CellRow, p.CellColumn, p.RadiusKm, p.Urgency, p.CreatedAt, p.ExpiresAt, p.AskedLanguages, p.ForOfflineNeighborId })
            .ToListAsync(cancellationToken);
        var blocked = await db.NeighborBlocks.OnOtherSideOf(post.AuthorId).ToListAsync(cancellationToken);

        // Expiry is checked here, not in SQL: a condition on ExpiresAt tempts SQLite's planner to
        // scan the (Status, ExpiresAt) index over every open post when it has no statistics.
        var inReach = candidates
            .Where(c => c.ExpiresAt > now && !blocked.Contains(c.AuthorId))
            .Select(c => new { c, Voice = new PostVoice(c.AuthorId, c.ForOfflineNeighborId), Distance = origin.DistanceKmTo(new GridCell(c.CellRow, c.CellColumn)) })
            .Where(x => x.Distance <= post.RadiusKm && x.Distance <= x.c.RadiusKm)
            .ToList();

        // The other side's languages are read only when this post asks for some, and only for
        // the posts still in reach: a box holds hundreds of candidates at city scale.
        var voice = new PostVoice(post.AuthorId, post.ForOfflineNeighborId);
        var speakers = await languages.SpeakersAsync([voice, .. post.AskedLanguages.Count == 0 ? [] : inReach.Select(x => x.Voice)], cancellationToken);
        return inReach
            .Where(x => SharesAskedLanguages(post.AskedLanguages, speakers.Of(voice), x.c.AskedLanguages, speakers.Of(x.Voice)))
            .Select(x => new MatchCandidate(x.c.Id, x.c.AuthorId, x.Distance, x.c.Urgency, x.c.CreatedAt))
            .OrderBy(c => c.DistanceKm)
            .ThenByDescending(c => c.Urgency)
            .ThenByDescending(c => c.CreatedAt)
            .ThenBy(c => c.PostId)
            .Take(options.Value.MatchesPerPost)
            .ToList();
    }

    // Adds Match rows for the best candidates not paired with this post before. The caller saves,
    // in the same transaction as the change that prompted matching. With authorPostCap, the
    // author's posts together keep to the matches that many posts could make: a new account that
    // edits one post again and again (another category, another place) reaches no more neighbors
    // than its allowed posts would have.
    public async Task<IReadOnlyList<Match>> RecordAsync(Post post, DateTime now, int? authorPostCap = null, CancellationToken cancellationToken = default)
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
        var left = authorPostCap is { } cap ? Math.Max(0, (cap * options.Value.MatchesPerPost) - await CountForAuthorAsync(post.AuthorId, cancellationToken)) : int.MaxValue;
        var matches = best.Where(c => !known.Contains(c.PostId))
            .Take(left)
            .Select(c => post.Kind == PostKind.Need
                ? new Match(post.Id, c.PostId, c.DistanceKm, now)
                : new Match(c.PostId, post.Id, c.DistanceKm, now))
            .ToList();
        db.Matches.AddRange(matches);
        return matches;
    }

    // Saves a created, edited or renewed post and records its matches (with posts and with
    // neighbors who said they could help) in one transaction, so a
    // post is never visible without the matches it should have made.
    public async Task SaveWithMatchesAsync(Post post, DateTime now, int? authorPostCap = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await languages.SyncPostAsync(post, cancellationToken);
        await RecordAsync(post, now, authorPostCap, cancellationToken);
        var helpersLeft = authorPostCap is { } cap
            ? Math.Max(0, (cap * options.Value.MatchesPerPost) - await helpers.CountForAuthorAsync(post.AuthorId, cancellationToken))
            : int.MaxValue;
        await helpers.RecordAsync(post, now, helpersLeft, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Both ways: each post's asked languages must be spoken by the other post's neighbor (its
    // author, or the offline neighbor it is for). Those languages are shown on the post, so the
    // answer is decided on what anyone can read.
    private static bool SharesAskedLanguages(List<string> asked, List<string> speaks, List<string> otherAsked, List<string> otherSpeaks) =>
        SpokenLanguages.Reaches(asked, otherSpeaks) && SpokenLanguages.Reaches(otherAsked, speaks);

    private Task<int> CountForAuthorAsync(string authorId, CancellationToken cancellationToken) =>
        db.Matches.CountAsync(m => db.Posts.Any(p => p.AuthorId == authorId && (p.Id == m.NeedId || p.Id == m.OfferId)), cancellationToken);
}
