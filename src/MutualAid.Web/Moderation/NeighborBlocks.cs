using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Moderation;

// Blocks between two neighbors work both ways: neither sees, answers or is matched with the other.
public sealed class NeighborBlocks(AppDbContext db, TimeProvider clock)
{
    public async Task BlockAsync(string blockerId, string blockedId)
    {
        if (blockerId == blockedId || await db.NeighborBlocks.AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId))
        {
            return;
        }

        db.NeighborBlocks.Add(new NeighborBlock { BlockerId = blockerId, BlockedId = blockedId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
    }

    public Task<bool> BetweenAsync(string one, string other) =>
        db.NeighborBlocks.AnyAsync(b => (b.BlockerId == one && b.BlockedId == other) || (b.BlockerId == other && b.BlockedId == one));
}
