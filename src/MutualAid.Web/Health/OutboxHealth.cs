using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Health;

public sealed record OutboxCounts(int Pending, int Failed, int SentInLastDay, DateTime? OldestPendingSince);

// A failed or retrying email as a steward sees it: what and when, never to whom.
public sealed record TroubledEmail(long Id, string Subject, DateTime CreatedAt, int Attempts, string? Error, bool CanBeSentAgain);

// The outbox as the health page shows it, and "send again" for failed emails that the server
// surely never took. An email that may have been delivered is never offered again
// (decision 0002): sending twice is worse for a neighbor than a failure a host can look at.
public sealed class OutboxHealth(AppDbContext db, TimeProvider clock)
{
    public const int Shown = 20;

    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var byStatus = await db.Outbox.AsNoTracking()
            .Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToListAsync(cancellationToken);
        var sent = await db.Outbox.AsNoTracking().CountAsync(m => m.Status == OutboxStatus.Sent && m.SentAt >= dayAgo, cancellationToken);
        var waiting = byStatus.Where(s => s.Status is OutboxStatus.Pending or OutboxStatus.Sending).ToList();
        return new OutboxCounts(waiting.Sum(s => s.Count), byStatus.Where(s => s.Status == OutboxStatus.Failed).Sum(s => s.Count), sent,
            waiting.Count == 0 ? null : waiting.Min(s => s.Oldest));
    }

    public Task<List<TroubledEmail>> FailedAsync(CancellationToken cancellationToken = default) =>
        TroubledAsync(db.Outbox.Where(m => m.Status == OutboxStatus.Failed), cancellationToken);

    // Waiting emails that already failed once: the error says why they wait.
    public Task<List<TroubledEmail>> RetryingAsync(CancellationToken cancellationToken = default) =>
        TroubledAsync(db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.LastError != null), cancellationToken);

    // Makes one failed email (or, with no id, every one) pending again, due now, only if it is still
    // failed and the server cannot have taken it. Returns how many will go out again.
    public Task<int> SendAgainAsync(long? id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Outbox
            .Where(m => m.Status == OutboxStatus.Failed && !m.MayHaveBeenDelivered && (id == null || m.Id == id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.DueAt, now)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.ClaimedAt, (DateTime?)null), cancellationToken);
    }

    private static async Task<List<TroubledEmail>> TroubledAsync(IQueryable<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var found = await rows.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Take(Shown)
            .Select(m => new { m.Id, m.Subject, m.CreatedAt, m.Attempts, m.LastError, m.Status, m.MayHaveBeenDelivered })
            .ToListAsync(cancellationToken);
        return found.Select(m => new TroubledEmail(m.Id, Addresses.Remove(m.Subject), m.CreatedAt, m.Attempts,
            m.LastError is null ? null : Addresses.Remove(m.LastError), m.Status == OutboxStatus.Failed && !m.MayHaveBeenDelivered)).ToList();
    }
}
