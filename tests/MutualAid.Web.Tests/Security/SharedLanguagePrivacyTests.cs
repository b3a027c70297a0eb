using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A neighbor's listed languages are shown on their own posts and nowhere else to a stranger.
public class SharedLanguagePrivacyTests
{
    // Attack: Ana posts a need asking for French to find out which neighbors nearby speak it. Ben
    // only said what he could help with and posts nothing; he hears of the need, Ana never hears of him.
    [Fact]
    public async Task A_need_asking_for_a_language_never_tells_its_author_which_helpers_speak_it()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.SayCanHelpAsync(ben, "Meals", 5);
        await ben.SaySpeaksAsync("fr");

        var post = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", radiusKm: 10, asksLanguage: "fr");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        Assert.NotEmpty(smtp.To("ben@example.org"));
        Assert.Empty(smtp.To("ana@example.org"));
        foreach (var url in new[] { $"/Posts/{post}", "/Matches", "/Mine", "/" })
        {
            var page = await ana.GetPageAsync(url);
            Assert.DoesNotContain("Ben", page.Text, StringComparison.Ordinal);
        }
    }

    // Attack: Eve ticks one language after another and filters, to learn who speaks what. Every
    // post the filter shows her already says, on its own page, the language that let it through.
    [Fact]
    public async Task Speaks_my_language_shows_no_post_whose_page_does_not_show_the_shared_language()
    {
        await using var app = new MutualAidApp();
        var ben = await app.SignedInAsync(Person.Ben);
        var eve = await app.SignedInAsync(Person.Sam);
        await ben.SaySpeaksAsync("so");
        var post = await app.PostThroughFormAsync(ben, "Offer", "Rides on weekends");
        await eve.SaySpeaksAsync("so");

        var filtered = await eve.GetPageAsync("/?speaks=true");
        var page = await app.CreateBrowserClient().GetPageAsync($"/Posts/{post}");

        Assert.Contains("Rides on weekends", filtered.Text, StringComparison.Ordinal);
        Assert.Contains("Somali", page.Document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }
}
