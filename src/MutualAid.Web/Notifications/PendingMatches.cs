using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

// Listed: the other post is open and its author is not across a block with the recipient. A match
// that is not listed is still claimed, so it is never told later.
public sealed record PendingMatch(int MatchId, bool RecipientIsNeedAuthor, string RecipientId, MatchItem Item, bool Listed);

// Matches whose authors have not been told yet, seen from each author's side.
public sealed class PendingMatches(AppDbContext db)
{
    public async Task<IReadOnlyList<PendingMatch>> LoadAsync(IReadOnlyCollection<string>? recipientIds, CancellationToken cancellationToken)
    {
        var needSide =
            from m in db.Matches
            where m.NeedAuthorNotifiedAt == null
            join mine in db.Posts on m.NeedId equals mine.Id
            join other in db.Posts on m.OfferId equals other.Id
            select new
            {
                m.Id,
                ToNeed = true,
                Recipient = mine.AuthorId,
                Mine = mine.Title,
                MineRow = mine.CellRow,
                MineColumn = mine.CellColumn,
                OtherId = other.Id,
                OtherTitle = other.Title,
                OtherKind = other.Kind,
                Category = other.Category!.Name,
                other.CellRow,
                other.CellColumn,
                other.Status,
                AcrossBlock = db.NeighborBlocks.Any(b => (b.BlockerId == mine.AuthorId && b.BlockedId == other.AuthorId)
                    || (b.BlockerId == other.AuthorId && b.BlockedId == mine.AuthorId)),
            };
        var offerSide =
            from m in db.Matches
            where m.OfferAuthorNotifiedAt == null
            join mine in db.Posts on m.OfferId equals mine.Id
            join other in db.Posts on m.NeedId equals other.Id
            select new
            {
                m.Id,
                ToNeed = false,
                Recipient = mine.AuthorId,
                Mine = mine.Title,
                MineRow = mine.CellRow,
                MineColumn = mine.CellColumn,
                OtherId = other.Id,
                OtherTitle = other.Title,
                OtherKind = other.Kind,
                Category = other.Category!.Name,
                other.CellRow,
                other.CellColumn,
                other.Status,
                AcrossBlock = db.NeighborBlocks.Any(b => (b.BlockerId == mine.AuthorId && b.BlockedId == other.AuthorId)
                    || (b.BlockerId == other.AuthorId && b.BlockedId == mine.AuthorId)),
            };
        var query = needSide.Concat(offerSide);
        if (recipientIds is not null)
        {
            query = query.Where(r => recipientIds.Contains(r.Recipient));
        }

        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => new PendingMatch(r.Id, r.ToNeed, r.Recipient,
            new MatchItem(r.Mine, r.OtherKind, r.OtherId, r.OtherTitle, r.Category,
                DistanceBands.Between(new GridCell(r.MineRow, r.MineColumn), new GridCell(r.CellRow, r.CellColumn))),
            r.Status == PostStatus.Open && !r.AcrossBlock)).ToList();
    }

    // Marks these matches told, only if no other worker did first; the caller's transaction then
    // writes the email. Returns false when another worker got there first.
    public async Task<bool> ClaimAsync(IReadOnlyCollection<PendingMatch> matches, DateTime now, CancellationToken cancellationToken)
    {
        var needIds = matches.Where(m => m.RecipientIsNeedAuthor).Select(m => m.MatchId).ToList();
        var offerIds = matches.Where(m => !m.RecipientIsNeedAuthor).Select(m => m.MatchId).ToList();
        var claimed = 0;
        if (needIds.Count > 0)
        {
            claimed += await db.Matches.Where(m => needIds.Contains(m.Id) && m.NeedAuthorNotifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NeedAuthorNotifiedAt, now), cancellationToken);
        }

        if (offerIds.Count > 0)
        {
            claimed += await db.Matches.Where(m => offerIds.Contains(m.Id) && m.OfferAuthorNotifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.OfferAuthorNotifiedAt, now), cancellationToken);
        }

        return claimed == matches.Count;
    }
}
