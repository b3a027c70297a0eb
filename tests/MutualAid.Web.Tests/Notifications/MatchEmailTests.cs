using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

public class MatchEmailTests
{
    internal static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Ben)> NeighborsAsync(SmtpServer smtp)
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
