namespace MutualAid.Web.Email;

public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}

// One email waiting to go out. Written in the same transaction as the change that caused it,
// so a crash or an SMTP outage can delay an email but never lose it.
public class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(EmailMessage message, DateTime now)
    {
        ToAddress = message.To;
        Subject = message.Subject;
        TextBody = message.TextBody;
        HtmlBody = message.HtmlBody;
        UnsubscribeUrl = message.UnsubscribeUrl;
        CreatedAt = now;
        DueAt = now;
    }

    public long Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string? UnsubscribeUrl { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public DateTime? ClaimedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    // Failed after the message may have reached the server: never sent again from the site, only
    // by a host who learned it did not arrive (decision 0002).
    public bool MayHaveBeenDelivered { get; private set; }

    public EmailMessage ToMessage() => new(ToAddress, Subject, TextBody, HtmlBody, UnsubscribeUrl);

    public void MarkSent(DateTime now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    // Retries back off from one minute, doubling, up to the cap; past the give-up age the row
    // is failed with its last error, for a host to see.
    public void RecordFailure(string error, bool permanent, DateTime now, OutboxOptions options)
    {
        Attempts++;
        LastError = Truncate(error);
        ClaimedAt = null;
        if (permanent || now - CreatedAt >= options.GiveUpAfter)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        var delay = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Attempts - 1), options.MaxRetryDelay.TotalMinutes));
        Status = OutboxStatus.Pending;
        DueAt = now + delay;
    }

    // The connection failed after the message went out: the server may have taken it, and
    // sending again could deliver it twice, so it is failed for a host to look at.
    public void MarkDeliveryUnknown(string error, DateTime now)
    {
        Attempts++;
        Status = OutboxStatus.Failed;
        MayHaveBeenDelivered = true;
        LastError = Truncate($"It may not have been delivered, and it is not sent again: the connection failed after the message was sent ({error}).");
        ClaimedAt = null;
        DueAt = now;
    }

    // The worker stopped before the message went out: it waits for the next one, untouched.
    public void ReleaseClaim()
    {
        Status = OutboxStatus.Pending;
        ClaimedAt = null;
    }

    public void MarkInterrupted(DateTime now)
    {
        // A worker stopped between claiming and marking this row: it may or may not have gone
        // out. Sending again could send twice, so it is failed for a host to look at.
        Status = OutboxStatus.Failed;
        MayHaveBeenDelivered = true;
        LastError = $"Interrupted while sending at {ClaimedAt:u}; it may not have been delivered.";
        SentAt = null;
        DueAt = now;
    }

    private static string Truncate(string error) => error.Length > 1000 ? error[..1000] : error;
}
