using MutualAid.Web.Data;

namespace MutualAid.Web.Email;

// Queues an email in the caller's unit of work; it leaves when that work is saved.
public sealed class Outbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(EmailMessage message)
    {
        var row = new OutboxMessage(message, clock.GetUtcNow().UtcDateTime);
        db.Outbox.Add(row);
        return row;
    }

    // An update about the site is written and queued only for a neighbor who wants updates.
    // Returns whether it was.
    public bool EnqueueUpdate(Recipient to, Func<Recipient, EmailMessage> write)
    {
        if (!to.WantsUpdates)
        {
            return false;
        }

        Enqueue(write(to));
        return true;
    }
}
