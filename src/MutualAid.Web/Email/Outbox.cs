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
}
