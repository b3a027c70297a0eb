using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

// Listed: the need is still open and its author is not across a block with the helper. One that
// is not listed is still claimed, so it is never told later.
public sealed record PendingHelpMatch(int MatchId, string HelperId, NearbyNeed Need, double HelperReachKm, bool Listed);

// Needs that reached a neighbor through what they said they could help with, not told yet.
public sealed class PendingHelp(AppDbContext db, ShownNames names, TimeProvider clock)
{
    public async Task<IReadOnlyList<PendingHelpMatch>> LoadAsync(IReadOnlyCollection<string>? helperIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query =
            from m in db.HelpMatches
            where m.NotifiedAt == null
            join need in db.Posts on m.NeedId equals need.Id
            join helper in db.Users on m.HelperId equals helper.Id
            select new
            {
                m.Id,
                m.HelperId,
                need.Title,
                NeedId = need.Id,
                need.CategoryId,
                need.CellRow,
                need.CellColumn,
                helper.HomeLatitude,
                helper.HomeLongitude,
                helper.HelpDistanceKm,
                Open = need.Status == PostStatus.Open && need.ExpiresAt > now,
                AcrossBlock = db.NeighborBlocks.Any(b => (b.BlockerId == helper.Id && b.BlockedId == need.AuthorId)
                    || (b.BlockerId == need.AuthorId && b.BlockedId == helper.Id)),
            };
        if (helperIds is not null)
        {
            query = query.Where(r => helperIds.Contains(r.HelperId));
        }

        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        return rows.Select(r =>
        {
            var needCell = new GridCell(r.CellRow, r.CellColumn);
            var band = r.HomeLatitude is { } lat && r.HomeLongitude is { } lon
                ? DistanceBands.Between(GridCell.Containing(new GeoPoint(lat, lon)), needCell)
                : DistanceBands.Between(needCell, needCell);
            return new PendingHelpMatch(r.Id, r.HelperId, new NearbyNeed(r.NeedId, r.Title, categories[r.CategoryId], band), r.HelpDistanceKm, r.Open && !r.AcrossBlock);
        }).ToList();
    }

    // Marks these told, only if no other worker did first; false when another got there first.
    public async Task<bool> ClaimAsync(IReadOnlyCollection<PendingHelpMatch> matches, DateTime now, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
        {
            return true;
        }

        var ids = matches.Select(m => m.MatchId).ToList();
        var claimed = await db.HelpMatches.Where(m => ids.Contains(m.Id) && m.NotifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NotifiedAt, now), cancellationToken);
        return claimed == matches.Count;
    }
}
