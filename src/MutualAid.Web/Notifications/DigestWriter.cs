using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Notifications;

// Once a day, after the configured hour, writes each digest-mode neighbor one email with the
// day's matches and the new needs that reached them through what they said they could help with.
public sealed class DigestWriter(AppDbContext db, PendingMatches pending, PendingHelp pendingHelp, Recipients recipients, NotificationEmails emails, Outbox outbox,
    TimeProvider clock, IOptions<NotificationOptions> options, SiteTimeZone timeZone)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var todaysHour = timeZone.TodayAt(now, options.Value.DigestHour);
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

        var matches = await pending.LoadAsync([neighborId], cancellationToken);
        var help = await pendingHelp.LoadAsync([neighborId], cancellationToken);
        if (!await pending.ClaimAsync(matches, now, cancellationToken) || !await pendingHelp.ClaimAsync(help, now, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var needs = MatchNotifier.HelpOf(help);
        var openMatches = matches.Where(m => m.Listed).Select(m => m.Item).ToList();
        var wrote = NotificationEmails.HasAnything(openMatches, needs)
            && outbox.EnqueueUpdate(await recipients.OneAsync(neighborId, cancellationToken), to => emails.Digest(to, openMatches, needs));
        if (wrote)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return wrote;
    }
}
