using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Notifications;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Two neighbors matched before one blocked the other: does matching still carry one to the
// other? Through the Matches page, a match email not yet written, one already written and
// waiting in the outbox, or the daily digest's new needs nearby.
public class BlockedMatchTests
{
    [Fact]
    public async Task Matches_pages_match_emails_and_digests_drop_whoever_is_across_a_block()
    {
        await using var app = new MutualAidApp();
        var bob = await app.AddNeighborAsync(Person.Bob);
        var meals = await app.CategoryIdAsync("Meals");
        await app.WithDbAsync(async db =>
        {
            var neighbor = await db.Users.SingleAsync(u => u.Id == bob.Id);
            neighbor.Notifications = NotificationMode.DailyDigest;
            neighbor.HelpCategoryIds = [meals];
            neighbor.HelpDistanceKm = 5;
            return await db.SaveChangesAsync();
        });
        var alice = await app.SignedInAsync(Person.Alice);
        var bobClient = await app.SignedInClientAsync("bob@example.org");
        var cai = await app.SignedInAsync(Person.Cai);
        var alicesOffer = await app.PostThroughFormAsync(alice, "Offer", "Soup on Sundays");
        await app.PostThroughFormAsync(alice, "Need", "Meals for my father");
        await app.PostThroughFormAsync(cai, "Offer", "Bread on Fridays");
        await app.PostThroughFormAsync(bobClient, "Need", "Soup for a sick household");

        await bobClient.PressAsync(alicesOffer, "BlockAuthor");
        var bobsMatches = await bobClient.GetPageAsync("/Matches");
        var alicesMatches = await alice.GetPageAsync("/Matches");
        await app.DeliverEmailAsync();

        Assert.Contains("Bread on Fridays", bobsMatches.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Soup on Sundays", bobsMatches.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Soup for a sick household", alicesMatches.Text, StringComparison.Ordinal);
        var digest = Assert.Single(app.Mail.To("bob@example.org"));
        Assert.Contains("Bread on Fridays", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Soup on Sundays", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Meals for my father", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mail.To("alice@example.org"), m => (m.TextBody ?? "").Contains("Soup for a sick household", StringComparison.Ordinal));
        Assert.DoesNotContain("Soup on Sundays", (await bobClient.GetPageAsync("/")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_match_email_already_written_is_taken_back_and_rewritten_without_the_blocked_neighbor()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Cai);
        var alice = await app.SignedInAsync(Person.Alice);
        var bob = await app.SignedInAsync(Person.Bob);
        var alicesOffer = await app.PostThroughFormAsync(alice, "Offer", "Soup on Sundays");
        await app.PostThroughFormAsync(await app.SignedInClientAsync("cai@example.org"), "Offer", "Bread on Fridays");
        await app.PostThroughFormAsync(bob, "Need", "Soup for a sick household");
        // The worker writes the match emails into the outbox; sending them waits for the next step,
        // as it does while the mail server is down.
        Assert.Equal(3, await app.WithServiceAsync<MatchNotifier, int>(notifier => notifier.RunAsync(TestContext.Current.CancellationToken)));

        await bob.PressAsync(alicesOffer, "BlockAuthor");
        await app.DeliverEmailAsync();

        var toBob = Assert.Single(app.Mail.To("bob@example.org"));
        Assert.Contains("Bread on Fridays", toBob.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Soup on Sundays", toBob.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mail.To("alice@example.org"), m => (m.TextBody ?? "").Contains("Soup for a sick household", StringComparison.Ordinal));
        Assert.Single(app.Mail.To("cai@example.org"));
    }
}
