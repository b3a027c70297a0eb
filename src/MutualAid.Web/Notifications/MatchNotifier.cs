using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Notifications;

// Tells instant-mode neighbors about their new matches and the new needs they said they could
// help with, one email per neighbor per run, so a burst of matching posts makes one email rather
// than ten. Matches of a neighbor who chose no emails are claimed all the same, so they are never
// told later; a digest neighbor's wait for the digest.
public sealed class MatchNotifier(AppDbContext db, PendingMatches pending, PendingHelp pendingHelp, Recipients recipients,
    NotificationEmails emails, Outbox outbox, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var all = await pending.LoadAsync(null, cancellationToken);
        var help = await pendingHelp.LoadAsync(null, cancellationToken);
        var ids = all.Select(m => m.RecipientId).Concat(help.Select(h => h.HelperId)).Distinct().ToList();
        var people = await recipients.ManyAsync(ids, cancellationToken);
        var written = 0;
        foreach (var id in ids)
        {
            if (!people.TryGetValue(id, out var recipient) || recipient.Notifications == NotificationMode.DailyDigest)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var theirs = all.Where(m => m.RecipientId == id).ToList();
            var theirHelp = help.Where(h => h.HelperId == id).ToList();
            if (!await pending.ClaimAsync(theirs, now, cancellationToken) || !await pendingHelp.ClaimAsync(theirHelp, now, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            var open = theirs.Where(m => m.Listed).Select(m => m.Item).ToList();
            var needs = HelpOf(theirHelp);
            if (NotificationEmails.HasAnything(open, needs) && outbox.EnqueueUpdate(recipient, to => emails.Matches(to, open, needs)))
            {
                written++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    internal static HelpNeeds HelpOf(IReadOnlyList<PendingHelpMatch> help)
    {
        var listed = help.Where(h => h.Listed).ToList();
        return listed.Count == 0 ? HelpNeeds.None : new(listed.Select(h => h.Need).ToList(), listed[0].HelperReachKm);
    }
}
