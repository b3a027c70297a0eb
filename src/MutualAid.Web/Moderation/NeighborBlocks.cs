using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

public sealed record BlockedNeighbor(string Id, string Name, DateTime Since);

// Whom a neighbor blocked, and everyone on the other side of a block with them either way.
public sealed record BlockSides(IReadOnlySet<string> BlockedByMe, IReadOnlySet<string> Across);

// Blocks between two neighbors work both ways: neither sees, answers, reaches or is matched with
// the other. Making one ends at once, and silently, what was live between them: answers, matches,
// and emails naming one to the other that have not left yet. The blocked neighbor is told nothing.
public sealed class NeighborBlocks(AppDbContext db, QueuedMailRecall recall, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task BlockAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default)
    {
        if (blockerId == blockedId)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BlockOnceAsync(blockerId, blockedId, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // An answer changed, or the same block was made, at the same moment: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    // Only the neighbor's own block is lifted: one the other made stays. Returns the name of the
    // neighbor unblocked, or null if there was no such block.
    public async Task<string?> UnblockAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default)
    {
        var removed = await db.NeighborBlocks.Where(b => b.BlockerId == blockerId && b.BlockedId == blockedId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? null : await db.Users.Where(u => u.Id == blockedId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<List<BlockedNeighbor>> BlockedByAsync(string blockerId, CancellationToken cancellationToken = default) =>
        (from b in db.NeighborBlocks.AsNoTracking()
         where b.BlockerId == blockerId
         join n in db.Users on b.BlockedId equals n.Id
         orderby b.CreatedAt descending
         select new BlockedNeighbor(n.Id, n.DisplayName, b.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<BlockSides> SidesAsync(string neighborId, CancellationToken cancellationToken = default)
    {
        var rows = await db.NeighborBlocks.AsNoTracking().Where(b => b.BlockerId == neighborId || b.BlockedId == neighborId)
            .Select(b => new { b.BlockerId, b.BlockedId }).ToListAsync(cancellationToken);
        return new BlockSides(
            rows.Where(b => b.BlockerId == neighborId).Select(b => b.BlockedId).ToHashSet(),
            rows.Select(b => b.BlockerId == neighborId ? b.BlockedId : b.BlockerId).ToHashSet());
    }

    public Task<bool> BetweenAsync(string one, string other) =>
        db.NeighborBlocks.AnyAsync(b => (b.BlockerId == one && b.BlockedId == other) || (b.BlockerId == other && b.BlockedId == one));

    private async Task BlockOnceAsync(string blockerId, string blockedId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.NeighborBlocks.AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, cancellationToken))
        {
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = blockerId, BlockedId = blockedId, CreatedAt = now });
        }

        var live = await (from a in db.Answers
                          join p in db.Posts on a.PostId equals p.Id
                          where (a.Status == AnswerStatus.Pending || a.Status == AnswerStatus.Accepted)
                              && ((p.AuthorId == blockerId && a.NeighborId == blockedId) || (p.AuthorId == blockedId && a.NeighborId == blockerId))
                          select new { Answer = a, Post = p })
            .ToListAsync(cancellationToken);
        live.ForEach(x => x.Post.EndForBlock(x.Answer, byAuthor: x.Post.IsAuthor(blockerId), now));
        await db.SaveChangesAsync(cancellationToken);

        var matches = from m in db.Matches
                      join need in db.Posts on m.NeedId equals need.Id
                      join offer in db.Posts on m.OfferId equals offer.Id
                      where (need.AuthorId == blockerId && offer.AuthorId == blockedId) || (need.AuthorId == blockedId && offer.AuthorId == blockerId)
                      select m.Id;
        await db.Matches.Where(m => matches.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        await recall.RecallBetweenAsync(blockerId, blockedId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
