using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Matching;

public class MatchesPageTests
{
    [Fact]
    public async Task Each_author_sees_the_matches_of_their_open_posts_and_nobody_elses()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var cai = await app.SignedInAsync(Person.Cai);
        var needId = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");

        var anasMatches = await ana.GetPageAsync("/Matches");
        var bensMatches = await ben.GetPageAsync("/Matches");
        var caisMatches = await cai.GetPageAsync("/Matches");
        var anasPost = await ana.GetPageAsync($"/Posts/{needId}");
        var bensViewOfIt = await ben.GetPageAsync($"/Posts/{needId}");
        var stranger = await app.CreateBrowserClient().GetPageAsync("/Matches");

        var card = anasMatches.Document.QuerySelector(".post-card")!.TextContent;
        Assert.Contains("Big pot of lentil soup", card, StringComparison.Ordinal);
        Assert.Contains("Meals", card, StringComparison.Ordinal);
        Assert.Contains("1–2 km away", card, StringComparison.Ordinal);
        Assert.Contains("Soup for a sick household", bensMatches.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lentil", caisMatches.Text, StringComparison.Ordinal);
        Assert.Contains("You have no open posts", caisMatches.Text, StringComparison.Ordinal);
        Assert.Contains("Big pot of lentil soup", anasPost.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Matches for your post", bensViewOfIt.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/Login", stranger.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
