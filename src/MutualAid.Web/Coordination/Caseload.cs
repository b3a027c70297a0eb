using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Coordination;

public sealed record CaseloadPost(int Id, string Title, PostKind Kind, PostStatus Status, int AnswersWaiting, int Matches);

// One offline neighbor as a coordinator sees them. Reach and what is shared are read only by the
// coordinator who looks after them, and by stewards; other coordinators see the name and who
// looks after them, to take over.
public sealed record CaseloadEntry(int Id, string Name, string? ReachBy, string? SharedAtIntroduction, string? Place, string? CoordinatorName,
    bool IsMine, IReadOnlyList<CaseloadPost> Posts)
{
    public IReadOnlyList<string> Speaks { get; init; } = [];
}

// What the coordinator page reads: the offline neighbors a coordinator looks after with their live
// posts, those nobody looks after, and those other coordinators look after.
public sealed class Caseload(AppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // A steward who is not a coordinator reads every record in full, and acts on none.
    public async Task<IReadOnlyList<CaseloadEntry>> ForAsync(string coordinatorId, bool stewardReads, CancellationToken cancellationToken)
    {
        var neighbors = await db.OfflineNeighbors.AsNoTracking().Where(o => o.HandedOverAt == null).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var coordinatorIds = neighbors.Select(o => o.CoordinatorId).OfType<string>().Distinct().ToList();
        var coordinators = await db.Users.AsNoTracking().Where(u => coordinatorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var places = await PlaceNamesAsync(cancellationToken);
        var mineIds = neighbors.Where(o => o.CoordinatorId == coordinatorId || stewardReads).Select(o => o.Id).ToList();
        var posts = await LivePostsAsync(mineIds, cancellationToken);
        return neighbors.Select(o =>
        {
            var mine = o.CoordinatorId == coordinatorId;
            var reads = mine || stewardReads;
            return new CaseloadEntry(o.Id, o.Name, reads ? o.ReachBy : null, reads ? o.SharedAtIntroduction : null, Place(o, places),
                o.CoordinatorId is { } id ? coordinators.GetValueOrDefault(id) : null, mine, posts.GetValueOrDefault(o.Id, []))
            { Speaks = reads ? o.SpokenLanguages : [] };
        }).ToList();
    }

    // Only the coordinator who looks after a neighbor may change them or post for them: an id
    // typed into an address for someone else's neighbor finds nothing.
    public Task<OfflineNeighbor?> MineAsync(int? id, string coordinatorId, CancellationToken cancellationToken = default) =>
        id is null ? Task.FromResult<OfflineNeighbor?>(null)
            : db.OfflineNeighbors.FirstOrDefaultAsync(o => o.Id == id && o.CoordinatorId == coordinatorId && o.HandedOverAt == null, cancellationToken);

    // Where a post for them stands: the neighborhood's center or the cell's center, nothing finer.
    public async Task<GeoPoint?> PointAsync(OfflineNeighbor neighbor, CancellationToken cancellationToken = default)
    {
        if (neighbor.Cell is { } cell)
        {
            return cell.Center;
        }

        var hood = await db.Neighborhoods.AsNoTracking().FirstOrDefaultAsync(n => n.Id == neighbor.NeighborhoodId, cancellationToken);
        return hood?.Center;
    }

    private async Task<Dictionary<int, string>> PlaceNamesAsync(CancellationToken cancellationToken) =>
        (await db.Neighborhoods.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(n => n.Id, n => n.NameIn(Languages.Current));

    // Null for a map cell, which has no name.
    private static string? Place(OfflineNeighbor o, Dictionary<int, string> places) =>
        o.NeighborhoodId is { } id ? places.GetValueOrDefault(id, "") : null;

    private async Task<Dictionary<int, List<CaseloadPost>>> LivePostsAsync(List<int> neighborIds, CancellationToken cancellationToken)
    {
        var now = Now;
        var rows = await db.Posts.AsNoTracking()
            .Where(p => p.ForOfflineNeighborId != null && neighborIds.Contains(p.ForOfflineNeighborId.Value))
            .Where(p => (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress) && p.ExpiresAt > now)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new
            {
                OfflineId = p.ForOfflineNeighborId!.Value,
                p.Id,
                p.Title,
                p.Kind,
                p.Status,
                p.ExpiresAt,
                Waiting = db.Answers.Count(a => a.PostId == p.Id && a.Status == AnswerStatus.Pending),
                Matches = db.Matches.Count(m => m.NeedId == p.Id || m.OfferId == p.Id),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.OfflineId).ToDictionary(g => g.Key,
            g => g.Select(r => new CaseloadPost(r.Id, r.Title, r.Kind, Post.StatusAt(r.Status, r.ExpiresAt, now), r.Waiting, r.Matches)).ToList());
    }
}
