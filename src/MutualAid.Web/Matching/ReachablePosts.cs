using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

// The open posts of the opposite kind a post could be matched with, best first. Every distance
// that decides or ranks a match is measured between public cell centers, never exact points: an
// author may set any radius and watch what matches, so an exact distance would leak through
// "matched or not". InBoxAsync narrows with the (category, kind, status, cell row, longitude)
// index to a box around the post's cell; AmongAsync reads given posts by id, to check again,
// inside the write lock, what was found before it. Both then decide with the same rules.
public sealed class ReachablePosts(AppDbContext db, PostLanguages languages)
{
    public async Task<List<MatchCandidate>> InBoxAsync(Post post, DateTime now, CancellationToken cancellationToken)
    {
        if (!post.IsOpenAt(now))
        {
            return [];
        }

        var (rows, minLongitude, maxLongitude) = CellSearchBox.Around(post.Cell, post.RadiusKm);
        var opposite = Opposite(post);
        var candidates = await Read(db.Posts.Where(p => p.CategoryId == post.CategoryId && p.Kind == opposite && p.Status == PostStatus.Open
                && EF.Constant(rows).Contains(p.CellRow)
                && p.Longitude >= minLongitude && p.Longitude <= maxLongitude
                && p.AuthorId != post.AuthorId))
            .ToListAsync(cancellationToken);
        return await RankAsync(post, now, candidates, cancellationToken);
    }

    // By primary key only, so SQLite never trades the few lookups for a walk of the place index;
    // what the box query tests in SQL is tested here in memory.
    public async Task<List<MatchCandidate>> AmongAsync(Post post, DateTime now, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (!post.IsOpenAt(now) || ids.Count == 0)
        {
            return [];
        }

        var opposite = Opposite(post);
        var candidates = (await Read(db.Posts.Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken))
            .Where(c => c.CategoryId == post.CategoryId && c.Kind == opposite && c.Status == PostStatus.Open && c.AuthorId != post.AuthorId && c.Id != post.Id)
            .ToList();
        return await RankAsync(post, now, candidates, cancellationToken);
    }

    private static PostKind Opposite(Post post) => post.Kind == PostKind.Need ? PostKind.Offer : PostKind.Need;

    private static IQueryable<Candidate> Read(IQueryable<Post> posts) =>
        posts.AsNoTracking().Select(p => new Candidate(p.Id, p.AuthorId, p.CategoryId, p.Kind, p.Status, p.CellRow, p.CellColumn, p.RadiusKm,
            p.Urgency, p.CreatedAt, p.ExpiresAt, p.AskedLanguages, p.ForOfflineNeighborId));

    private async Task<List<MatchCandidate>> RankAsync(Post post, DateTime now, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var origin = post.Cell;
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
            .Order(MatchCandidate.BestFirst)
            .ToList();
    }

    // Both ways: each post's asked languages must be spoken by the other post's neighbor (its
    // author, or the offline neighbor it is for). Those languages are shown on the post, so the
    // answer is decided on what anyone can read.
    private static bool SharesAskedLanguages(List<string> asked, List<string> speaks, List<string> otherAsked, List<string> otherSpeaks) =>
        SpokenLanguages.Reaches(asked, otherSpeaks) && SpokenLanguages.Reaches(otherAsked, speaks);

    private sealed record Candidate(int Id, string AuthorId, int CategoryId, PostKind Kind, PostStatus Status, int CellRow, int CellColumn, double RadiusKm,
        Urgency Urgency, DateTime CreatedAt, DateTime ExpiresAt, List<string> AskedLanguages, int? ForOfflineNeighborId);
}
