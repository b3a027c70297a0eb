using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Tests.Infrastructure;

public static class OutboxSeeding
{
    // Queues one plain email per recipient, as any feature of the app would.
    public static Task QueueEmailsAsync(this MutualAidApp app, params string[] recipients) =>
        app.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            foreach (var to in recipients)
            {
                outbox.Enqueue(new EmailMessage(to, $"Hello {to}", "A few words.", "<p>A few words.</p>"));
            }

            await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

    public static Task<List<OutboxMessage>> OutboxAsync(this MutualAidApp app) =>
        app.WithDbAsync(db => db.Outbox.OrderBy(m => m.Id).ToListAsync());
}
