using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;

namespace MutualAid.Web.Email;

// Sends due outbox rows. Each row is claimed by a conditional update just before it is sent, so
// two workers never send the same row, and a crash can affect at most the one row in flight.
public sealed partial class OutboxSender(AppDbContext db, MailTransport transport, TimeProvider clock,
    IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
{
    private readonly OutboxOptions settings = options.Value;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await FailInterruptedAsync(now, cancellationToken);
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.DueAt <= now)
            .OrderBy(m => m.DueAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        IMailSession session;
        try
        {
            session = await transport.OpenAsync(cancellationToken);
        }
        catch (MailServerWithoutTlsException e)
        {
            LogServerWithoutTls(logger, e.Message);
            await RecordFailureAsync(due, e.Message, permanent: false, cancellationToken);
            return 0;
        }
        catch (Exception e) when (IsTransient(e))
        {
            LogServerUnreachable(logger, e.Message);
            await RecordFailureAsync(due, e.Message, permanent: false, cancellationToken);
            return 0;
        }

        var sent = 0;
        await using (session)
        {
            foreach (var id in due)
            {
                var outcome = await SendOneAsync(session, id, cancellationToken);
                sent += outcome == Outcome.Sent ? 1 : 0;
                if (outcome == Outcome.ConnectionLost)
                {
                    break;
                }
            }
        }

        return sent;
    }

    private enum Outcome
    {
        Sent,
        Skipped,
        Failed,
        ConnectionLost,
    }

    private async Task<Outcome> SendOneAsync(IMailSession session, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return Outcome.Skipped;
        }

        var row = await db.Outbox.FirstAsync(m => m.Id == id, CancellationToken.None);
        try
        {
            return await SendClaimedAsync(session, row, cancellationToken);
        }
        finally
        {
            // A batch sends up to a thousand rows through one context; each SaveChanges would
            // otherwise look over every row sent before it.
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private async Task<Outcome> SendClaimedAsync(IMailSession session, OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(transport.ToMime(row.ToMessage(), $"outbox-{row.Id}-{row.CreatedAt.Ticks}@mutualaid"), cancellationToken);
            row.MarkSent(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            return Outcome.Sent;
        }
        catch (SmtpCommandException e)
        {
            // The server answered: 4xx is worth another try, 5xx is final.
            var permanent = (int)e.StatusCode >= 500;
            row.RecordFailure($"{(int)e.StatusCode} {e.Message}", permanent, clock.GetUtcNow().UtcDateTime, settings);
            await db.SaveChangesAsync(CancellationToken.None);
            return Outcome.Failed;
        }
        catch (DeliveryUnknownException e)
        {
            LogDeliveryUnknown(logger, row.Id, e.Message);
            row.MarkDeliveryUnknown(e.Message, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            return Outcome.ConnectionLost;
        }
        catch (Exception e) when (IsTransient(e))
        {
            // Failed before the message went out: nothing reached the server, so it is retried.
            row.RecordFailure(e.Message, permanent: false, clock.GetUtcNow().UtcDateTime, settings);
            await db.SaveChangesAsync(CancellationToken.None);
            return Outcome.ConnectionLost;
        }
        catch (OperationCanceledException)
        {
            row.ReleaseClaim();
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task RecordFailureAsync(List<long> ids, string error, bool permanent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Outbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.RecordFailure(error, permanent, now, settings);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FailInterruptedAsync(DateTime now, CancellationToken cancellationToken)
    {
        var stale = now - settings.ClaimTimeout;
        var rows = await db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.ClaimedAt < stale).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.MarkInterrupted(now);
        }

        if (rows.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static bool IsTransient(Exception e) =>
        e is IOException or SocketException or ProtocolException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or TimeoutException or MailKit.Security.AuthenticationException
            or MailKit.Security.SslHandshakeException
        || (e is SmtpCommandException command && (int)command.StatusCode < 500);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server could not be reached: {Error}. Emails wait in the outbox.")]
    private static partial void LogServerUnreachable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Emails are not being sent. {Reason} Emails wait in the outbox.")]
    private static partial void LogServerWithoutTls(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection failed after email {Id} was sent ({Error}); the server may have accepted it, so it is marked Failed and not sent again.")]
    private static partial void LogDeliveryUnknown(ILogger logger, long id, string error);
}
