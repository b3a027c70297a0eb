using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a new account that has made all the posts it may in its first day keeps one need
// and edits it again and again, each time into a category where other neighbors said they could
// help or have an offer, to have the site email a fresh set of neighbors on every edit. Each
// edit is saved (editing stays open), but the account's needs together pair it with no more
// helpers, and no more offers, than its allowed posts could have.
public class NewAccountEditReachTests
{
    private const int MatchesPerPost = 2;

    [Fact]
    public async Task Editing_a_need_into_one_category_after_another_never_reaches_more_helpers_or_offers_than_the_cap()
    {
        await using var app = new MutualAidApp(settings: new()
        {
            ["MutualAid:NewAccountHours"] = "24",
            ["MutualAid:NewAccountMaxPosts"] = "1",
            ["Matching:MatchesPerPost"] = MatchesPerPost.ToString(CultureInfo.InvariantCulture),
        });
        string[] categories = ["Meals", "Rides & errands", "Childcare", "Pet care"];
        var helpers = new List<string>();
        var offerers = new List<string>();
        foreach (var category in categories)
        {
            foreach (var n in new[] { 1, 2 })
            {
                var name = $"{category[..3].ToUpperInvariant()}{n}";
                var helper = await app.AddNeighborAsync($"help.{name}@example.org".ToLowerInvariant(), $"Helper {name}", TestData.BenHome);
                await app.SayCanHelpAsync(await app.SignedInClientAsync(helper.Email!), category, 5);
                helpers.Add(helper.Email!);
                var offerer = await app.AddNeighborAsync($"offer.{name}@example.org".ToLowerInvariant(), $"Offerer {name}", TestData.BenHome);
                await app.AddPostAsync(offerer.Id, PostKind.Offer, $"{category} nearby", TestData.BenHome, category: category);
                offerers.Add(offerer.Email!);
            }
        }

        var rosa = await app.SignedInAsync(new Person("Rosa", TestData.AnaHome));
        var need = await app.PostThroughFormAsync(rosa, "Need", "Help, please", category: categories[0], radiusKm: 5);
        await app.DeliverEmailAsync();
        Assert.Contains("New accounts can make 1 posts", (await app.SubmitNewPostAsync(rosa, "Need", "Another need")).Text, StringComparison.Ordinal);

        foreach (var category in categories.Skip(1).Concat(categories).Concat(categories))
        {
            var edited = await rosa.SubmitForPageAsync(await rosa.GetPageAsync($"/Posts/{need}/Edit"), "main form[method=post]",
                new() { ["Input.CategoryId"] = (await app.CategoryIdAsync(category)).ToString(CultureInfo.InvariantCulture) });
            Assert.Contains("Your changes are saved.", edited.Notice(), StringComparison.Ordinal);
            await app.DeliverEmailAsync();

            Assert.True(await app.WithDbAsync(db => db.HelpMatches.CountAsync()) <= MatchesPerPost, $"After the edit to {category}, more helpers were paired than one post may reach.");
            Assert.True(await app.WithDbAsync(db => db.Matches.CountAsync()) <= MatchesPerPost, $"After the edit to {category}, more offers were paired than one post may reach.");
            Assert.True(helpers.Count(h => app.Mail.To(h).Count > 0) <= MatchesPerPost, $"After the edit to {category}, more helpers were emailed than one post may reach.");
            Assert.True(offerers.Count(o => app.Mail.To(o).Count > 0) <= MatchesPerPost, $"After the edit to {category}, more offerers were emailed than one post may reach.");
        }

        // The first post's own reach was used in full, and only by the neighbors of its first category.
        Assert.Equal(MatchesPerPost, helpers.Count(h => app.Mail.To(h).Count > 0));
        Assert.All(helpers.Where(h => app.Mail.To(h).Count > 0), h => Assert.StartsWith("help.mea", h, StringComparison.Ordinal));
        Assert.Equal("Pet care", await app.WithDbAsync(db => db.Posts.Where(p => p.Id == need).Select(p => p.Category!.Name).SingleAsync()));
    }
}
