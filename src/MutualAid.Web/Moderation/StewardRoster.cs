using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// Who the stewards are, and lifting a steward's block. Each change is logged for every steward
// to read. Each returns why it was refused, or null when done.
public sealed class StewardRoster(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock, IStringLocalizer<StewardRoster> text)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<string?> NameAsync(string stewardId, Neighbor neighbor, string reason)
    {
        if (neighbor.IsBlocked)
        {
            return text["{0}'s account is blocked. Unblock it first.", neighbor.DisplayName];
        }

        await users.AddToRoleAsync(neighbor, StewardOptions.Role);
        await LogAsync(StewardAction.NamedSteward(stewardId, neighbor, reason));
        return null;
    }

    // A neighborhood always keeps one steward at least, to answer reports and name others.
    public async Task<string?> RemoveAsync(string stewardId, Neighbor steward, string reason)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await users.IsInRoleAsync(steward, StewardOptions.Role))
        {
            return text["{0} is not a steward.", steward.DisplayName];
        }

        await users.RemoveFromRoleAsync(steward, StewardOptions.Role);
        if ((await users.GetUsersInRoleAsync(StewardOptions.Role)).Count == 0)
        {
            await transaction.RollbackAsync();
            return text["{0} is the last steward. Name another steward first, so that someone can always answer reports.", steward.DisplayName];
        }

        await LogAsync(StewardAction.RemovedSteward(stewardId, steward, reason));
        await transaction.CommitAsync();
        return null;
    }

    // The posts hidden only because of the block come back; posts a steward hid for their own
    // reasons stay hidden.
    public async Task<string?> UnblockAsync(string stewardId, Neighbor neighbor, string reason)
    {
        if (!neighbor.IsBlocked)
        {
            return text["{0}'s account is not blocked.", neighbor.DisplayName];
        }

        neighbor.IsBlocked = false;
        var hidden = await db.Posts.Where(p => p.AuthorId == neighbor.Id && p.Status == PostStatus.Hidden && p.HiddenBecause == HideCause.BlockedAuthor)
            .ToListAsync();
        hidden.ForEach(p => p.Restore(Now));
        await LogAsync(StewardAction.UnblockedNeighbor(stewardId, neighbor, reason));
        return null;
    }

    private async Task LogAsync(StewardAction action)
    {
        db.StewardActions.Add(action.At(Now));
        await db.SaveChangesAsync();
    }
}
