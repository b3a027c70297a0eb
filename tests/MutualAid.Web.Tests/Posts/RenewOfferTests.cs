using System.Net;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Posts;

// "Renew" is offered when it means something: in the last days before a post closes (the
// reminder's window, Expiry:ReminderAhead) or once it has expired. Asked for earlier, by a crafted
// request or an old link, it is refused in plain words and nothing changes.
public class RenewOfferTests
{
    private const string TooEarly = "It is too early to renew this post.";

    [Fact]
    public async Task A_new_post_offers_no_renew_and_a_crafted_renew_is_refused_plainly()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var closes = (await app.FindPostAsync(post))!.ExpiresAt;
        var link = $"/Posts/{post}/Renew?token={Uri.EscapeDataString(await app.WithServiceAsync<RenewTokens, string>(t => Task.FromResult(t.For(post))))}";

        var page = await ana.GetPageAsync($"/Posts/{post}");
        var crafted = await ana.PostWithTokenOfAsync(page, $"/Posts/{post}?handler=Renew");
        var stranger = app.CreateBrowserClient();
        var byLink = await stranger.GetPageAsync(link);
        var linkPosted = await stranger.PostWithTokenOfAsync(byLink, link);

        Assert.Null(page.Document.QuerySelector("form[action*='handler=Renew']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/Posts/{post}/Edit']"));
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Contains(TooEarly, (await HtmlForms.ParseAsync(crafted)).Notice(), StringComparison.Ordinal);
        Assert.Contains(TooEarly, byLink.Text, StringComparison.Ordinal);
        Assert.Null(byLink.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, linkPosted.StatusCode);
        Assert.Contains(TooEarly, await linkPosted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(closes, (await app.FindPostAsync(post))!.ExpiresAt);
    }

    [Fact]
    public async Task Renew_is_offered_in_the_last_days_and_after_expiry_and_works_there()
    {
        await using var app = new MutualAidApp(settings: new() { ["Expiry:ReminderAhead"] = "5.00:00:00" });
        var ana = await app.SignedInAsync(Person.Ana);
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");

        // A log-in lasts less than a post, so Ana logs in again as the weeks pass.
        app.Clock.Advance(TimeSpan.FromDays(24.9));
        ana = await app.SignedInClientAsync(Person.Ana.Email);
        Assert.Null((await ana.GetPageAsync($"/Posts/{post}")).Document.QuerySelector("form[action*='handler=Renew']"));
        app.Clock.Advance(TimeSpan.FromDays(0.2));
        Assert.NotNull((await ana.GetPageAsync($"/Posts/{post}")).Document.QuerySelector("form[action*='handler=Renew']"));

        app.Clock.Advance(TimeSpan.FromDays(10));
        ana = await app.SignedInClientAsync(Person.Ana.Email);
        var expired = await ana.GetPageAsync($"/Posts/{post}");
        Assert.Contains("Expired on", expired.Text, StringComparison.Ordinal);
        var renewed = await ana.SubmitForPageAsync(expired, "form[action*='handler=Renew']", []);

        Assert.Contains("Renewed: your post is open until", renewed.Notice(), StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(30), (await app.FindPostAsync(post))!.ExpiresAt);
        Assert.Null(renewed.Document.QuerySelector("form[action*='handler=Renew']"));
    }
}
