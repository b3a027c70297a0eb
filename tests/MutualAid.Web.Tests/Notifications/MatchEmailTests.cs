using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

public class MatchEmailTests
{
    private static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Ben)> NeighborsAsync(SmtpServer smtp)
    {
        var app = new MutualAidApp(settings: smtp.Settings);
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.WithDbAsync(async db =>
        {
            var ben = await db.Users.SingleAsync(u => u.Email == "ben@example.org");
            ben.PhoneNumber = "+34 600 000 111";
            return await db.SaveChangesAsync();
        });
        return (app, await app.SignedInClientAsync("ana@example.org"), await app.SignedInClientAsync("ben@example.org"));
    }

    [Fact]
    public async Task A_need_then_a_nearby_offer_sends_each_poster_one_email_with_the_link_and_unsubscribe_headers()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await NeighborsAsync(smtp);
        await using var _ = app;

        var needId = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        var offerId = await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toAna = Assert.Single(smtp.To("ana@example.org"));
        var toBen = Assert.Single(smtp.To("ben@example.org"));
        Assert.Contains($"https://mutualaid.example/Posts/{offerId}", toAna.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://mutualaid.example/Posts/{offerId}", toAna.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"https://mutualaid.example/Posts/{needId}", toBen.TextBody, StringComparison.Ordinal);
        Assert.Contains("Big pot of lentil soup", toAna.Subject, StringComparison.Ordinal);
        foreach (var email in new[] { toAna, toBen })
        {
            Assert.Matches("^<https://mutualaid.example/Unsubscribe\\?token=[^>]+>$", email.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
            Assert.Contains("You get this email because", email.TextBody, StringComparison.Ordinal);
            AssertNothingPrivate(email);
        }
    }

    [Fact]
    public async Task One_click_unsubscribe_without_logging_in_stops_the_next_email()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await NeighborsAsync(smtp);
        await using var _ = app;
        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");
        await app.DeliverEmailAsync();
        var header = smtp.To("ana@example.org").Single().Headers["List-Unsubscribe"]!.Trim('<', '>');

        // A mail app's one-click request: HTTPS as the link says, with no cookie and no form token.
        using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var response = await app.CreateBrowserClient().PostAsync(new Uri(new Uri(header).PathAndQuery, UriKind.Relative), oneClick, TestContext.Current.CancellationToken);
        await app.PostThroughFormAsync(ben, "Offer", "Fresh bread rolls");
        await app.DeliverEmailAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Single(smtp.To("ana@example.org"));
        Assert.Equal(2, smtp.To("ben@example.org").Count);
    }

    [Fact]
    public async Task A_forged_unsubscribe_token_changes_nothing()
    {
        using var smtp = new SmtpServer();
        var (app, _, _) = await NeighborsAsync(smtp);
        await using var __ = app;

        using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var response = await app.CreateBrowserClient().PostAsync(new Uri("/Unsubscribe?token=forged", UriKind.Relative), oneClick, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Notifications != Web.Email.NotificationMode.Instant)));
    }

    [Fact]
    public async Task A_burst_of_ten_matching_offers_gives_one_email_not_ten()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await NeighborsAsync(smtp);
        await using var _ = app;
        await app.PostThroughFormAsync(ben, "Need", "Help moving a sofa", "Moving help");

        for (var i = 0; i < 10; i++)
        {
            var neighbor = await app.AddNeighborAsync($"helper{i}@example.org", $"Helper {i}", TestData.AnaHome);
            await app.WithDbAsync(async db =>
            {
                await db.Users.Where(u => u.Id == neighbor.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, Web.Email.NotificationMode.Off));
                return 0;
            });
            var client = await app.SignedInClientAsync($"helper{i}@example.org");
            await app.PostThroughFormAsync(client, "Offer", $"Strong arms number {i}", "Moving help");
        }

        await app.DeliverEmailAsync();

        var email = Assert.Single(smtp.To("ben@example.org"));
        Assert.Equal("10 matches nearby for your posts", email.Subject);
        Assert.DoesNotContain(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address.StartsWith("helper", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task While_the_mail_server_is_down_emails_wait_and_each_arrives_once_when_it_is_back()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await NeighborsAsync(smtp);
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
        var (app, ana, _) = await NeighborsAsync(smtp);
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
        var (app, _, _) = await NeighborsAsync(smtp);
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

    private static void AssertNothingPrivate(MimeMessage email)
    {
        var everything = email.TextBody + email.HtmlBody;
        foreach (var secret in new[]
        {
            TestData.AnaHome.Latitude.ToString("R", CultureInfo.InvariantCulture), TestData.AnaHome.Longitude.ToString("R", CultureInfo.InvariantCulture),
            TestData.BenHome.Latitude.ToString("F4", CultureInfo.InvariantCulture), "600 000 111",
        })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        var other = email.To.Mailboxes.Single().Address == "ana@example.org" ? "ben@example.org" : "ana@example.org";
        Assert.DoesNotContain(other, everything, StringComparison.OrdinalIgnoreCase);
    }
}
