using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Posts;

// Reminds authors a few days before a post closes (ExpiryOptions), with a renewal link, and
// closes posts whose time is up. Each post is changed through its version, so an acceptance or a
// renewal at the same moment wins cleanly and the job simply moves on.
public sealed class ExpiryJob(AppDbContext db, Outbox outbox, Recipients recipients, ExpiryReminderEmail reminder, EmailLinks links,
    RenewTokens tokens, IOptions<ExpiryOptions> options, TimeProvider clock)
{
    private TimeSpan ReminderAhead => options.Value.ReminderAhead;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;

        // One post per unit of work, loaded just before it is changed: a clash on one post drops
        // that post's change and its email, and no other post's reminder is saved without its flag.
        var reminders = await DueForReminder(now).OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id).Select(p => p.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var id in reminders)
        {
            if (await DueForReminder(now).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } post)
            {
                continue;
            }

            post.MarkExpiryReminderSent(now);
            outbox.EnqueueUpdate(await recipients.OneAsync(post.AuthorId, cancellationToken), author => reminder.Write(author, post.Title,
                links.Absolute($"/Posts/{post.Id}/Renew", ("token", tokens.For(post.Id))), post.ExpiresAt, ReminderAhead));
            changed += await TrySaveAsync(cancellationToken);
        }

        var expired = await PastTheirTime(now).OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id).Select(p => p.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var id in expired)
        {
            if (await PastTheirTime(now).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } post)
            {
                post.Expire(now);
                changed += await TrySaveAsync(cancellationToken);
            }
        }

        return changed;
    }

    private IQueryable<Post> DueForReminder(DateTime now)
    {
        var soon = now + ReminderAhead;
        return db.Posts.Where(p => p.Status == PostStatus.Open && p.ExpiresAt > now && p.ExpiresAt <= soon && p.ExpiryReminderSentAt == null);
    }

    private IQueryable<Post> PastTheirTime(DateTime now) => db.Posts.Where(p => p.Status == PostStatus.Open && p.ExpiresAt <= now);

    private async Task<int> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone acted on this post at the same moment; their change stands. Only this
            // post's change and its email were pending, so nothing else is lost.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
