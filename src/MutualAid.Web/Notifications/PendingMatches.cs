using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

// Listed: the other post is open and its author is not across a block with the recipient. A match
// that is not listed is still claimed, so it is never told later.
public sealed record PendingMatch(int MatchId, bool RecipientIsNeedAuthor, string RecipientId, MatchItem Item, bool Listed);

// Matches whose authors have not been told yet, seen from each author's side.
public sealed class PendingMatches(AppDbContext db, ShownNames names, PostLanguages languages)
{
    public async Task<IReadOnlyList<PendingMatch>> LoadAsync(IReadOnlyCollection<string>? recipientIds, CancellationToken cancellationToken)
    {
        // Each match seen from the side whose author is still untold: the need's author, the offer's, or both.
        var sides = db.Matches.Where(m => m.NeedAuthorNotifiedAt == null)
                .Select(m => new { m.Id, ToNeed = true, MineId = m.NeedId, OtherId = m.OfferId })
            .Concat(db.Matches.Where(m => m.OfferAuthorNotifiedAt == null)
                .Select(m => new { m.Id, ToNeed = false, MineId = m.OfferId, OtherId = m.NeedId }));
        var query =
            from side in sides
            join mine in db.Posts on side.MineId equals mine.Id
            join other in db.Posts on side.OtherId equals other.Id
            select new
            {
                side.Id,
                side.ToNeed,
                Recipient = mine.AuthorId,
                Mine = mine.Title,
                MineRow = mine.CellRow,
                MineColumn = mine.CellColumn,
                OtherId = other.Id,
                OtherTitle = other.Title,
                OtherKind = other.Kind,
                other.CategoryId,
                other.CellRow,
                other.CellColumn,
                other.Status,
                OtherAuthor = other.AuthorId,
                OtherFor = other.ForOfflineNeighborId,
                AcrossBlock = db.NeighborBlocks.Any(b => (b.BlockerId == mine.AuthorId && b.BlockedId == other.AuthorId)
                    || (b.BlockerId == other.AuthorId && b.BlockedId == mine.AuthorId)),
            };
        if (recipientIds is not null)
        {
            query = query.Where(r => recipientIds.Contains(r.Recipient));
        }

        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        var speakers = await languages.SpeakersAsync(rows.Select(r => new PostVoice(r.OtherAuthor, r.OtherFor)), cancellationToken);
        return rows.Select(r => new PendingMatch(r.Id, r.ToNeed, r.Recipient,
            new MatchItem(r.Mine, r.OtherKind, r.OtherId, r.OtherTitle, categories[r.CategoryId],
                DistanceBands.Between(new GridCell(r.MineRow, r.MineColumn), new GridCell(r.CellRow, r.CellColumn)))
            { OtherSpeaks = speakers.Of(new PostVoice(r.OtherAuthor, r.OtherFor)) },
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
