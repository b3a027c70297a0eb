using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Coordination;

// The steps that move an offline neighbor's posts: another coordinator taking them over, and the
// neighbor, once they have an account, taking their own posts. Each saves once.
public sealed class CoordinationSteps(AppDbContext db, Outbox outbox, Recipients recipients, CoordinationEmails emails, TimeProvider clock,
    PostLanguages languages)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // False when there is nobody to take over: unknown, handed over, or already theirs.
    public async Task<bool> TakeOverAsync(int offlineId, string coordinatorId, CancellationToken cancellationToken = default)
    {
        var neighbor = await db.OfflineNeighbors.FirstOrDefaultAsync(o => o.Id == offlineId && o.HandedOverAt == null, cancellationToken);
        if (neighbor is null || neighbor.CoordinatorId == coordinatorId)
        {
            return false;
        }

        var previous = neighbor.CoordinatorId;
        neighbor.TakeOver(coordinatorId);
        (await LivePostsAsync(offlineId, cancellationToken)).ForEach(p => p.MoveTo(coordinatorId, Now, handedOver: false));
        if (previous is not null)
        {
            var people = await recipients.ManyAsync([previous, coordinatorId], cancellationToken);
            if (people.TryGetValue(previous, out var old))
            {
                outbox.EnqueueUpdate(old, to => emails.TakenOver(to, neighbor.Name, people[coordinatorId].DisplayName));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<string?> MakeHandOverLinkAsync(OfflineNeighbor neighbor, CancellationToken cancellationToken = default)
    {
        var token = neighbor.MakeHandOverLink(Now);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    // The link's neighbor and the titles of the posts it would move; null when the link is not (or no longer) good.
    public async Task<(OfflineNeighbor Neighbor, IReadOnlyList<string> Titles)?> HandOverAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = OfflineNeighbor.Hash(token);
        var neighbor = await db.OfflineNeighbors.FirstOrDefaultAsync(o => o.HandOverTokenHash == hash, cancellationToken);
        if (neighbor is null || !neighbor.HandOverLinkWorks(token, Now))
        {
            return null;
        }

        return (neighbor, (await LivePostsAsync(neighbor.Id, cancellationToken)).Select(p => p.Title).ToList());
    }

    // The neighbor's press on "These are mine" is their consent, kept with its time on the record.
    // A coordinator cannot press it for them from their own account.
    public async Task<bool> ClaimAsync(string? token, string neighborId, CancellationToken cancellationToken = default)
    {
        if (await HandOverAsync(token, cancellationToken) is not { } found || found.Neighbor.CoordinatorId == neighborId)
        {
            return false;
        }

        var posts = await LivePostsAsync(found.Neighbor.Id, cancellationToken);
        if (posts.Any(p => p.AuthorId == neighborId))
        {
            return false;
        }

        // Their posts now carry the languages on their own profile, not the ones noted for them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        posts.ForEach(p => p.MoveTo(neighborId, Now, handedOver: true));
        found.Neighbor.HandOver(neighborId, Now);
        await db.SaveChangesAsync(cancellationToken);
        await languages.SyncAsync(neighborId, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task<List<Post>> LivePostsAsync(int offlineId, CancellationToken cancellationToken)
    {
        var now = Now;
        return db.Posts.Where(p => p.ForOfflineNeighborId == offlineId && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress) && p.ExpiresAt > now)
            .ToListAsync(cancellationToken);
    }
}
