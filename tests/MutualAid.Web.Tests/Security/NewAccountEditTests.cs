using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a new account, held to a few posts in its first day so that it cannot spam the
// neighborhood, edits one post again and again instead, to another category or place each time,
// so that every edit makes fresh matches and emails new neighbors. Editing stays open to a new
// account (it is how a newcomer fixes a mistake), but its posts together reach no more neighbors
// than its allowed posts could have, until the account is no longer new.
public class NewAccountEditTests
{
    [Fact]
    public async Task A_new_account_that_made_its_three_posts_can_still_edit_them()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:NewAccountHours"] = "24" });
        var rosa = await app.SignedInAsync(new Person("Rosa", TestData.AnaHome));
        var posts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add(await app.PostThroughFormAsync(rosa, "Need", $"Soup {i}"));
        }

        var edited = await EditAsync(rosa, posts[0], new() { ["Input.Title"] = "Soup for two" });
        var link = await EditAsync(rosa, posts[1], new() { ["Input.Details"] = "see www.example.com" });

        Assert.Contains("Your changes are saved.", edited.Notice(), StringComparison.Ordinal);
        Assert.Equal("Soup for two", (await app.FindPostAsync(posts[0]))!.Title);
        Assert.Contains("cannot put links", link.Text, StringComparison.Ordinal);
        Assert.Equal("", (await app.FindPostAsync(posts[1]))!.Details);
    }

    [Fact]
    public async Task Rewriting_one_post_into_other_categories_reaches_no_more_neighbors_than_the_new_account_may()
    {
        await using var app = new MutualAidApp(settings: new()
        {
            ["MutualAid:NewAccountHours"] = "24",
            ["MutualAid:NewAccountMaxPosts"] = "1",
            ["Matching:MatchesPerPost"] = "2",
        });
        var ben = await app.AddNeighborAsync(Person.Ben);
        var sam = await app.AddNeighborAsync(Person.Sam);
        foreach (var (author, category) in new[] { (ben, "Meals"), (ben, "Meals"), (sam, "Rides & errands"), (sam, "Rides & errands"), (sam, "Childcare") })
        {
            await app.AddPostAsync(author.Id, PostKind.Offer, $"{category} nearby", TestData.BenHome, category: category);
        }

        var rosa = await app.SignedInAsync(new Person("Rosa", TestData.AnaHome));
        var need = await app.PostThroughFormAsync(rosa, "Need", "Help, please");
        foreach (var category in new[] { "Rides & errands", "Childcare", "Rides & errands" })
        {
            var edited = await EditAsync(rosa, need, new() { ["Input.CategoryId"] = Id(await app.CategoryIdAsync(category)) });
            Assert.Contains("Your changes are saved.", edited.Notice(), StringComparison.Ordinal);
        }

        await app.DeliverEmailAsync();
        Assert.Equal(2, await app.WithDbAsync(db => db.Matches.CountAsync()));
        Assert.Empty(app.Mail.To(sam.Email!));
        Assert.NotEmpty(app.Mail.To(ben.Email!));

        // A day on, the account is no longer new and an edit finds its matches as anyone's does.
        app.Clock.Advance(TimeSpan.FromHours(25));
        var later = await app.SignedInClientAsync("rosa@example.org");
        await EditAsync(later, need, new() { ["Input.Title"] = "A ride, please" });
        Assert.Equal(4, await app.WithDbAsync(db => db.Matches.CountAsync()));
    }

    private static async Task<HtmlPage> EditAsync(HttpClient client, int postId, Dictionary<string, string> changes) =>
        await client.SubmitForPageAsync(await client.GetPageAsync($"/Posts/{postId}/Edit"), "main form[method=post]", changes);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
