using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Notifications;

// Tells instant-mode neighbors about their new matches, one email per neighbor per run, so a
// burst of matching posts makes one email rather than ten.
public sealed class MatchNotifier(AppDbContext db, PendingMatches pending, NotificationEmails emails, Outbox outbox, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var all = await pending.LoadAsync(null, cancellationToken);
        var recipientIds = all.Select(m => m.RecipientId).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Notifications, u.Language })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var written = 0;
        foreach (var group in all.GroupBy(m => m.RecipientId))
        {
            if (!recipients.TryGetValue(group.Key, out var recipient) || recipient.Notifications == NotificationMode.DailyDigest)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await pending.ClaimAsync(group.ToList(), now, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            var open = group.Where(m => m.Listed).Select(m => m.Item).ToList();
            if (recipient.Notifications == NotificationMode.Instant && open.Count > 0 && recipient.Email is not null)
            {
                outbox.Enqueue(emails.Matches(new Recipient(recipient.Id, recipient.Email, recipient.DisplayName, recipient.Language), open));
                written++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }
}
