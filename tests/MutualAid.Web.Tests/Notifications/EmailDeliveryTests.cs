using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

// Getting email out through a real mail server that fails, comes back, or is shared by two workers.
public class EmailDeliveryTests
{
    [Fact]
    public async Task While_the_mail_server_is_down_emails_wait_and_each_arrives_once_when_it_is_back()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await MatchEmailTests.NeighborsAsync(smtp);
        await using var _ = app;
        smtp.Stop();

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();
        var waiting = await app.WithDbAsync(db => db.Outbox.Where(m => m.Status == OutboxStatus.Pending).ToListAsync());
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, m => Assert.NotNull(m.LastError));
        Assert.All(waiting, m => Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), m.DueAt));

        smtp.Start();
        await app.DeliverEmailAsync();
        Assert.Empty(smtp.Received);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        Assert.Single(smtp.To("ana@example.org"));
        Assert.Single(smtp.To("ben@example.org"));
        Assert.Equal(2, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task Retries_back_off_doubling_to_thirty_minutes_and_give_up_after_three_days()
    {
        using var smtp = new SmtpServer();
        var (app, ana, _) = await MatchEmailTests.NeighborsAsync(smtp);
        await using var _ = app;
        smtp.Stop();
        await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<Outbox>().Enqueue(new EmailMessage("ana@example.org", "Hello", "text", "<p>html</p>"));
            await services.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
        });

        var delays = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var before = app.Clock.GetUtcNow().UtcDateTime;
            await app.DeliverEmailAsync();
            var row = await app.WithDbAsync(db => db.Outbox.SingleAsync());
            delays.Add((row.DueAt - before).TotalMinutes);
            app.Clock.Advance(row.DueAt - before);
        }

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.DeliverEmailAsync();
        var failed = await app.WithDbAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.NotNull(failed.LastError);
    }

    [Fact]
    public async Task Two_workers_over_the_same_outbox_send_each_email_once()
    {
        using var smtp = new SmtpServer();
        var (app, _, _) = await MatchEmailTests.NeighborsAsync(smtp);
        await using var _ = app;
        await app.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            for (var i = 0; i < 40; i++)
            {
                outbox.Enqueue(new EmailMessage($"n{i}@example.org", $"Message {i}", "text", "<p>html</p>"));
            }

            await services.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
        });

        var workers = Enumerable.Range(0, 2).Select(_ => app.InScopeAsync(services => services.GetRequiredService<OutboxSender>().SendDueAsync()));
        await Task.WhenAll(workers);
        await app.DeliverEmailAsync();

        Assert.Equal(40, smtp.Received.Count);
        Assert.Equal(40, smtp.Received.Select(m => m.Subject).Distinct().Count());
    }
}
