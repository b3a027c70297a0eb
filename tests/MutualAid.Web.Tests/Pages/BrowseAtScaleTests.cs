using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// The list stays exact where it stops counting or searching everywhere: past a thousand posts it
// says "1000+", and "nearest" looks in growing boxes yet orders posts as one sort of all would.
public class BrowseAtScaleTests
{
    private static List<string> Titles(HtmlPage page) =>
        page.Document.QuerySelectorAll(".post-card h2").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task Past_a_thousand_posts_the_count_says_so_and_the_pages_stop_at_fifty()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        var meals = await app.CategoryIdAsync("Meals");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db =>
        {
            db.Posts.AddRange(Enumerable.Range(0, PostBrowser.CountLimit + 5).Select(i =>
                Post.Create(ana.Id, PostKind.Need, new PostContent(meals, $"Soup {i}", "", TestData.AnaHome, 3, Urgency.Whenever), now.AddMinutes(-i))));
            return db.SaveChangesAsync();
        });
        var client = app.CreateBrowserClient();

        var first = await client.GetPageAsync("/");
        var last = await client.GetPageAsync("/?p=9999");

        Assert.Contains("1000+ open posts.", first.Text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 50+", first.Text, StringComparison.Ordinal);
        Assert.Contains("Page 50 of 50+", last.Text, StringComparison.Ordinal);
        Assert.Equal("Soup 980", Titles(last)[0]);
        Assert.Null(last.Document.QuerySelector("a[rel=next]"));
        Assert.Contains("1000+ open posts", (await client.GetPageAsync("/Map")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nearest_first_orders_near_and_far_posts_as_one_list_across_pages()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        var created = app.Clock.GetUtcNow().UtcDateTime;

        // 25 posts from 0 to 480 km north of Ben's home, added in a shuffled order, newest farthest.
        var distances = Enumerable.Range(0, 25).Select(i => i * 20).ToList();
        foreach (var km in distances.OrderBy(km => (km * 7919) % 31))
        {
            var at = new GeoPoint(TestData.BenHome.Latitude + (km / GeoPoint.KmPerDegree), TestData.BenHome.Longitude);
            await app.AddPostAsync(ana.Id, PostKind.Offer, $"Offer {km} km north", at, createdAt: created.AddMinutes(-500 + km));
        }

        var ben = await app.SignedInAsync(Person.Ben);
        var first = await ben.GetPageAsync("/?sort=Nearest");
        var second = await ben.GetPageAsync(first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var within = await ben.GetPageAsync("/?sort=Nearest&within=10");

        Assert.Equal(distances.Select(km => $"Offer {km} km north"), Titles(first).Concat(Titles(second)));
        Assert.Equal(["Offer 0 km north"], Titles(within));
    }

    [Fact]
    public async Task Most_urgent_reads_its_page_from_the_urgent_order_index_and_keeps_dated_posts_before_undated()
    {
        var plans = new QueryPlanLog();
        await using var app = new MutualAidApp(services: services => services
            .ConfigureDbContext<Web.Data.AppDbContext>(options => options.AddInterceptors(plans)));
        var ana = await app.AddNeighborAsync(Person.Ana);
        var meals = await app.CategoryIdAsync("Meals");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        (string Title, Urgency Urgency, DateOnly? NeededBy, int MinutesAgo)[] posts =
        [
            ("Whenever, new", Urgency.Whenever, null, 1), ("This week, no date", Urgency.ThisWeek, null, 2),
            ("Today, no date", Urgency.Today, null, 3), ("This week, by Friday", Urgency.ThisWeek, today.AddDays(4), 4),
            ("This week, by tomorrow", Urgency.ThisWeek, today.AddDays(1), 5), ("Whenever, old", Urgency.Whenever, null, 6),
        ];
        await app.WithDbAsync(db =>
        {
            db.Posts.AddRange(posts.Select(p => Post.Create(ana.Id, PostKind.Need,
                new PostContent(meals, p.Title, "", TestData.AnaHome, 3, p.Urgency, p.NeededBy), now.AddMinutes(-p.MinutesAgo))));
            return db.SaveChangesAsync();
        });

        var page = await app.CreateBrowserClient().GetPageAsync("/?sort=Urgent");

        Assert.Equal(["Today, no date", "This week, by tomorrow", "This week, by Friday", "This week, no date", "Whenever, new", "Whenever, old"], Titles(page));
        if (!TestDatabase.IsPostgres)
        {
            var listPlan = plans.Plans.Single(p => p.Sql.Contains("ORDER BY \"p\".\"Urgency\" DESC", StringComparison.Ordinal)).Plan;
            Assert.Contains(Web.Posts.PostUrgentOrder.IndexName, listPlan, StringComparison.Ordinal);
            Assert.DoesNotContain("TEMP B-TREE", listPlan, StringComparison.Ordinal);
        }
    }
}
