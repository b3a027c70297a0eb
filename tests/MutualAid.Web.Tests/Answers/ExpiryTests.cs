using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

public partial class ExpiryTests
{
    [Fact]
    public async Task Three_days_before_expiry_the_author_gets_one_reminder_whose_link_renews_the_post()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");

        app.Clock.Advance(TimeSpan.FromDays(26));
        await app.DeliverEmailAsync();
        Assert.Empty(app.Mail.To("ana@example.org"));

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();
        var reminder = Assert.Single(app.Mail.To("ana@example.org"));
        Assert.Equal("“Ride to the clinic” closes in 3 days", reminder.Subject);
        var link = RenewLink().Match(reminder.TextBody!).Value;

        var stranger = app.CreateBrowserClient();
        var confirm = await stranger.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        var renewed = await stranger.SubmitForPageAsync(confirm, "main form", []);

        Assert.Contains("Renewed", renewed.Text, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(30), (await app.FindPostAsync(postId))!.ExpiresAt);
        var forged = await stranger.GetAsync(new Uri($"/Posts/{postId}/Renew?token=nonsense", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_post_past_its_time_becomes_expired_and_leaves_the_list()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var needId = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var offerId = await app.PostThroughFormAsync(ana, "Offer", "Spare bread");

        app.Clock.Advance(TimeSpan.FromDays(30));
        await app.DeliverEmailAsync();

        Assert.Equal(PostStatus.Expired, (await app.FindPostAsync(needId))!.Status);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(offerId))!.Status);
        var list = await app.CreateBrowserClient().GetPageAsync("/");
        Assert.DoesNotContain("Ride to the clinic", list.Text, StringComparison.Ordinal);
        var mine = await app.SignedInClientAsync("ana@example.org");
        Assert.Contains("Expired", (await mine.GetPageAsync("/Mine")).Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://mutualaid\.example/Posts/\d+/Renew\?token=\S+")]
    private static partial Regex RenewLink();
}
