using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

public class DigestTests
{
    [Fact]
    public async Task A_digest_neighbor_gets_one_email_a_day_after_the_hour_with_the_days_matches_and_nearby_needs()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings) { ["Notifications:DigestHour"] = "18" });
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.AddNeighborAsync(Person.Cai);
        var meals = await app.CategoryIdAsync("Meals");
        var childcare = await app.CategoryIdAsync("Childcare");
        await app.WithDbAsync(async db =>
        {
            var neighbor = await db.Users.SingleAsync(u => u.Id == ana.Id);
            neighbor.Notifications = NotificationMode.DailyDigest;
            neighbor.HelpCategoryIds = [childcare];
            neighbor.HelpDistanceKm = 5;
            return await db.SaveChangesAsync();
        });
        var anaClient = await app.SignedInClientAsync("ana@example.org");
        var benClient = await app.SignedInClientAsync("ben@example.org");
        var caiClient = await app.SignedInClientAsync("cai@example.org");

        await app.PostThroughFormAsync(anaClient, "Offer", "Soup on Sundays", "Meals");
        var needId = await app.PostThroughFormAsync(benClient, "Need", "Soup for a sick household", "Meals");
        var childcareId = await app.PostThroughFormAsync(caiClient, "Need", "Someone to fetch my son from school", "Childcare");
        await app.PostThroughFormAsync(caiClient, "Need", "A ladder for an afternoon", "Household goods");
        await app.DeliverEmailAsync();
        Assert.Empty(smtp.To("ana@example.org"));
        Assert.Single(smtp.To("ben@example.org"));

        app.Clock.Advance(TimeSpan.FromHours(9));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var digest = Assert.Single(smtp.To("ana@example.org"));
        Assert.Equal("Today near you on MutualAid", digest.Subject);
        Assert.Contains($"https://mutualaid.example/Posts/{needId}", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://mutualaid.example/Posts/{childcareId}", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ladder", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("daily digest", digest.TextBody, StringComparison.Ordinal);
        Assert.NotNull(digest.Headers["List-Unsubscribe"]);

        app.Clock.Advance(TimeSpan.FromHours(3));
        await app.DeliverEmailAsync();
        Assert.Single(smtp.To("ana@example.org"));
    }

    [Fact]
    public async Task Before_the_digest_hour_nothing_is_written_and_an_empty_day_sends_nothing()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings) { ["Notifications:DigestHour"] = "10" });
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == ana.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, NotificationMode.DailyDigest));
            return 0;
        });

        await app.DeliverEmailAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.DeliverEmailAsync();

        Assert.Empty(smtp.Received);
        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.Id == ana.Id).Select(u => u.LastDigestAt).SingleAsync()));
    }
}
