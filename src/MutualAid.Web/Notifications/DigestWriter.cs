using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

// Once a day, after the configured hour, writes each digest-mode neighbor one email with the
// day's matches and the new needs near them in the categories they chose.
public sealed class DigestWriter(AppDbContext db, PendingMatches pending, Recipients recipients, NotificationEmails emails, Outbox outbox,
    TimeProvider clock, IOptions<NotificationOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var todaysHour = now.Date.AddHours(options.Value.DigestHourUtc);
        if (now < todaysHour)
        {
            return 0;
        }

        var due = await db.Users.AsNoTracking()
            .Where(u => u.Notifications == NotificationMode.DailyDigest && (u.LastDigestAt == null || u.LastDigestAt < todaysHour))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var neighborId in due)
        {
            written += await WriteAsync(neighborId, todaysHour, now, cancellationToken) ? 1 : 0;
        }

        return written;
    }

    private async Task<bool> WriteAsync(string neighborId, DateTime todaysHour, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Users
            .Where(u => u.Id == neighborId && (u.LastDigestAt == null || u.LastDigestAt < todaysHour))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastDigestAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var neighbor = await db.Users.AsNoTracking().FirstAsync(u => u.Id == neighborId, cancellationToken);
        var matches = await pending.LoadAsync([neighborId], cancellationToken);
        if (matches.Count > 0 && !await pending.ClaimAsync(matches, now, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var needs = await NearbyNeedsAsync(neighbor, now, cancellationToken);
        var openMatches = matches.Where(m => m.Listed).Select(m => m.Item).ToList();
        var wrote = (openMatches.Count > 0 || needs.Count > 0)
            && outbox.EnqueueUpdate(await recipients.OneAsync(neighborId, cancellationToken), to => emails.Digest(to, openMatches, needs));
        if (wrote)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return wrote;
    }

    private async Task<IReadOnlyList<NearbyNeed>> NearbyNeedsAsync(Neighbor neighbor, DateTime now, CancellationToken cancellationToken)
    {
        if (neighbor.Home is not { } home || neighbor.DigestCategoryIds.Count == 0)
        {
            return [];
        }

        // Measured from the home's public cell to each need's, as everything a stranger can
        // observe is: a neighbor may move their home at will and read what the digest lists.
        var since = now.AddDays(-1);
        var categories = neighbor.DigestCategoryIds;
        var homeCell = GridCell.Containing(home);
        var (rows, minLongitude, maxLongitude) = CellSearchBox.Around(homeCell, neighbor.RadiusKm);
        var acrossBlock = db.NeighborBlocks.OnOtherSideOf(neighbor.Id);
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => p.Kind == PostKind.Need && p.Status == PostStatus.Open && categories.Contains(p.CategoryId)
                && rows.Contains(p.CellRow) && p.Longitude >= minLongitude && p.Longitude <= maxLongitude
                && p.CreatedAt > since && p.ExpiresAt > now && p.AuthorId != neighbor.Id && !acrossBlock.Contains(p.AuthorId))
            .Select(p => new { p.Id, p.Title, Category = p.Category!.Name, p.CreatedAt, p.CellRow, p.CellColumn })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => new { c, Cell = new GridCell(c.CellRow, c.CellColumn) })
            .Where(x => homeCell.DistanceKmTo(x.Cell) <= neighbor.RadiusKm)
            .OrderByDescending(x => x.c.CreatedAt)
            .ThenByDescending(x => x.c.Id)
            .Take(20)
            .Select(x => new NearbyNeed(x.c.Id, x.c.Title, x.c.Category, DistanceBands.Between(homeCell, x.Cell)))
            .ToList();
    }
}
