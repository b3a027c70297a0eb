using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;

namespace MutualAid.Web.Posts;

// Reminds authors three days before a post closes, with a renewal link, and closes posts whose
// time is up. Each post is changed through its version, so an acceptance or a renewal at the
// same moment wins cleanly and the job simply moves on.
public sealed class ExpiryJob(AppDbContext db, Outbox outbox, AnswerEmails emails, EmailLinks links, RenewTokens tokens, TimeProvider clock)
{
    public static readonly TimeSpan ReminderAhead = TimeSpan.FromDays(3);

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
            var author = await db.Users.AsNoTracking().Where(u => u.Id == post.AuthorId)
                .Select(u => new { u.Id, u.Email, u.DisplayName, u.Notifications, u.Language }).FirstAsync(cancellationToken);
            if (author.Notifications != NotificationMode.Off && author.Email is not null)
            {
                var renew = links.Absolute($"/Posts/{post.Id}/Renew?token={Uri.EscapeDataString(tokens.For(post.Id))}");
                outbox.Enqueue(emails.ExpiryReminder(new Contact(author.Id, author.Email, author.DisplayName, null, author.Language), post.Title, renew, post.ExpiresAt));
            }

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
