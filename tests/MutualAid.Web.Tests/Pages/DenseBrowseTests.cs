using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// In a dense city "newest within a distance" walks the newest-first index instead of sorting the
// whole circle, and a category's box is read through its own index. The pages must not change:
// the same posts in the same order, and neither side of a block ever shown.
public class DenseBrowseTests
{
    private static List<string> Titles(HtmlPage page) =>
        page.Document.QuerySelectorAll(".post-card h2").Select(h => h.TextContent.Trim()).ToList();

    private static List<string> MapTitles(HtmlPage page) =>
        JsonDocument.Parse(page.Document.QuerySelector("#map-cells")!.TextContent).RootElement.EnumerateArray()
            .SelectMany(cell => cell.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("title").GetString()!))
            .ToList();

    private static readonly Dictionary<int, double> MealsKm = new() { [2] = 1.4, [12] = 0.8, [22] = 0.2 };

    private static GeoPoint NorthOfBen(double km) => new(TestData.BenHome.Latitude + (km / GeoPoint.KmPerDegree), TestData.BenHome.Longitude);

    private static async Task<MutualAidApp> CityAroundBenAsync(QueryPlanLog plans)
    {
        var app = new MutualAidApp(services: services => services
            .ConfigureDbContext<Web.Data.AppDbContext>(options => options.AddInterceptors(plans)));
        var cai = await app.AddNeighborAsync(Person.Cai);
        var ben = await app.AddNeighborAsync(Person.Ben);
        var alice = await app.AddNeighborAsync(Person.Alice);
        var sam = await app.AddNeighborAsync(Person.Sam);
        var meals = await app.CategoryIdAsync("Meals");
        var clothing = await app.CategoryIdAsync("Clothing");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Post At(string author, string title, int category, GeoPoint at, DateTime created) =>
            Post.Create(author, PostKind.Offer, new PostContent(category, title, "", at, 3, Urgency.Whenever), created);
        await app.WithDbAsync(db =>
        {
            // 25 within 1.2 km of Ben, three of them meals each in a cell of its own; the 10 newest
            // of all 20 km away; and the newest, at Ben's home, by Alice, whom Ben blocked, and by
            // Sam, who blocked Ben.
            db.Posts.AddRange(Enumerable.Range(0, 25).Select(i => MealsKm.TryGetValue(i, out var km)
                ? At(cai.Id, $"Near {i}", meals, NorthOfBen(km), now.AddMinutes(-10 - i))
                : At(cai.Id, $"Near {i}", clothing, NorthOfBen(1.2 - (i * 0.045)), now.AddMinutes(-10 - i))));
            db.Posts.AddRange(Enumerable.Range(0, 10).Select(i => At(cai.Id, $"Far {i}", meals, NorthOfBen(20), now.AddMinutes(-1 - (i * 0.1)))));
            db.Posts.Add(At(alice.Id, "Alice's soup", meals, TestData.BenHome, now.AddMinutes(-5)));
            db.Posts.Add(At(sam.Id, "Sam's soup", meals, TestData.BenHome, now.AddMinutes(-6)));
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = ben.Id, BlockedId = alice.Id, CreatedAt = now });
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = sam.Id, BlockedId = ben.Id, CreatedAt = now });
            return db.SaveChangesAsync();
        });
        return app;
    }

    [Fact]
    public async Task Newest_within_a_distance_walks_the_newest_posts_and_shows_what_a_full_sort_shows_without_blocked_neighbors()
    {
        var plans = new QueryPlanLog();
        await using var app = await CityAroundBenAsync(plans);
        var ben = await app.SignedInClientAsync(Person.Ben.Email);

        var first = await ben.GetPageAsync("/?within=2");
        var second = await ben.GetPageAsync("/?within=2&p=2");
        var map = await ben.GetPageAsync("/Map?within=2");

        var near = Enumerable.Range(0, 25).Select(i => $"Near {i}").ToList();
        Assert.Equal(near.Take(20), Titles(first));
        Assert.Equal(near.Skip(20), Titles(second));
        Assert.Equal(near.Take(20), Titles(map));
        Assert.Equal(near.Order(), MapTitles(map).Order());
        if (!TestDatabase.IsPostgres)
        {
            Assert.Contains(plans.Plans, p => p.Plan.Contains(
                "IX_Posts_Status_CreatedAt_ExpiresAt_PublicLatitude_PublicLongitude (Status=? AND CreatedAt>?)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Nearest_in_a_category_within_a_distance_reads_the_categorys_box_and_leaves_out_only_both_sides_of_a_block()
    {
        var plans = new QueryPlanLog();
        await using var app = await CityAroundBenAsync(plans);
        var meals = await app.CategoryIdAsync("Meals");
        var ben = await app.SignedInClientAsync(Person.Ben.Email);
        var cai = await app.SignedInClientAsync(Person.Cai.Email);

        var bens = await ben.GetPageAsync($"/?sort=Nearest&category={meals}&within=2");
        var cais = await cai.GetPageAsync($"/Map?sort=Nearest&category={meals}&within=2");

        Assert.Equal(["Near 22", "Near 12", "Near 2"], Titles(bens));
        Assert.Equal(["Alice's soup", "Sam's soup", "Near 22", "Near 12", "Near 2"], Titles(cais));
        Assert.Equal(5, MapTitles(cais).Count);
        if (!TestDatabase.IsPostgres)
        {
            Assert.Contains(plans.Plans, p => p.Plan.Contains("IX_Posts_Status_CategoryId_CellRow", StringComparison.Ordinal));
        }
    }
}
