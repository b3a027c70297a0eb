using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Notifications;

// Tells instant-mode neighbors about their new matches, one email per neighbor per run, so a
// burst of matching posts makes one email rather than ten. Matches of a neighbor who chose no
// emails are claimed all the same, so they are never told later.
public sealed class MatchNotifier(AppDbContext db, PendingMatches pending, Recipients recipients, NotificationEmails emails, Outbox outbox, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var all = await pending.LoadAsync(null, cancellationToken);
        var people = await recipients.ManyAsync(all.Select(m => m.RecipientId).Distinct().ToList(), cancellationToken);
        var written = 0;
        foreach (var group in all.GroupBy(m => m.RecipientId))
        {
            if (!people.TryGetValue(group.Key, out var recipient) || recipient.Notifications == NotificationMode.DailyDigest)
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
            if (open.Count > 0 && outbox.EnqueueUpdate(recipient, to => emails.Matches(to, open)))
            {
                written++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }
}
