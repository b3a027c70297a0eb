using MutualAid.Web.Geo;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class BrowseTests
{
    private static readonly GeoPoint Near = new(40.4100, -3.7000);
    private static readonly GeoPoint Far = new(40.4900, -3.7000);

    private static async Task<MutualAidApp> AppWithPostsAsync()
    {
        var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Near);
        await app.AddNeighborAsync("ben@example.org", "Ben", Near);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        await app.AddPostAsync(ana.Id, PostKind.Need, "Old need for soup", Near, "Meals", createdAt: start.AddHours(-5));
        await app.AddPostAsync(ana.Id, PostKind.Offer, "Bike repairs nearby", Near, "Skills & repairs", "chains and brakes", start.AddHours(-3));
        await app.AddPostAsync(ana.Id, PostKind.Need, "Urgent ride far away", Far, "Rides & errands", createdAt: start.AddHours(-4), urgency: Urgency.Today);
        await app.AddPostAsync(ana.Id, PostKind.Offer, "Newest offer of bread", Far, "Food & groceries", createdAt: start.AddHours(-1));
        return app;
    }

    private static List<string> Titles(HtmlPage page) =>
        page.Document.QuerySelectorAll(".post-card h2").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task Open_posts_are_listed_newest_first_with_kind_category_author_and_age()
    {
        await using var app = await AppWithPostsAsync();

        var page = await app.CreateBrowserClient().GetPageAsync("/");

        Assert.Equal(["Newest offer of bread", "Bike repairs nearby", "Urgent ride far away", "Old need for soup"], Titles(page));
        var card = page.Document.QuerySelector(".post-card")!.TextContent;
        Assert.Contains("Offer", card, StringComparison.Ordinal);
        Assert.Contains("Food & groceries", card, StringComparison.Ordinal);
        Assert.Contains("Ana", card, StringComparison.Ordinal);
        Assert.Contains("1 hour ago", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_kind_category_and_words_in_title_or_details()
    {
        await using var app = await AppWithPostsAsync();
        var client = app.CreateBrowserClient();
        var meals = await app.CategoryIdAsync("Meals");

        Assert.Equal(["Urgent ride far away", "Old need for soup"], Titles(await client.GetPageAsync("/?kind=Need")));
        Assert.Equal(["Old need for soup"], Titles(await client.GetPageAsync($"/?category={meals}")));
        Assert.Equal(["Bike repairs nearby"], Titles(await client.GetPageAsync("/?q=BRAKES")));
        Assert.Empty(Titles(await client.GetPageAsync("/?q=100%25_")));
    }

    [Fact]
    public async Task A_signed_in_neighbor_filters_and_sorts_by_distance_from_home()
    {
        await using var app = await AppWithPostsAsync();
        var ben = await app.SignedInClientAsync("ben@example.org");

        Assert.Equal(["Bike repairs nearby", "Old need for soup"], Titles(await ben.GetPageAsync("/?within=2")));
        var nearest = Titles(await ben.GetPageAsync("/?sort=Nearest"));
        Assert.Equal(["Bike repairs nearby", "Old need for soup"], nearest[..2]);
        Assert.Equal("Urgent ride far away", Titles(await ben.GetPageAsync("/?sort=Urgent"))[0]);
    }

    [Fact]
    public async Task A_visitor_measures_distance_from_a_chosen_neighborhood()
    {
        await using var app = await AppWithPostsAsync();
        var farId = await app.WithDbAsync(async db =>
        {
            var hood = new Web.Neighborhoods.Neighborhood { Name = "Hilltop", CenterLatitude = Far.Latitude, CenterLongitude = Far.Longitude, RadiusKm = 1 };
            db.Neighborhoods.Add(hood);
            await db.SaveChangesAsync();
            return hood.Id;
        });

        var page = await app.CreateBrowserClient().GetPageAsync($"/?near={farId}&within=1");

        Assert.Equal(["Newest offer of bread", "Urgent ride far away"], Titles(page));
        Assert.Contains("under 1 km away", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_hold_twenty_posts_and_their_links_keep_the_filters()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Near);
        for (var i = 0; i < 45; i++)
        {
            await app.AddPostAsync(ana.Id, PostKind.Need, $"Need number {i}", Near, createdAt: app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-i));
        }

        var client = app.CreateBrowserClient();
        var first = await client.GetPageAsync("/?kind=Need&q=number");
        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);
        var last = await client.GetPageAsync(second.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(20, Titles(first).Count);
        Assert.Contains("kind=Need", next, StringComparison.Ordinal);
        Assert.Contains("q=number", next, StringComparison.Ordinal);
        Assert.Equal("Need number 20", Titles(second)[0]);
        Assert.Equal(5, Titles(last).Count);
        Assert.Contains("Page 3 of 3", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_posts_leave_the_list()
    {
        await using var app = await AppWithPostsAsync();

        app.Clock.Advance(TimeSpan.FromDays(30));
        var page = await app.CreateBrowserClient().GetPageAsync("/");

        Assert.Equal(["Newest offer of bread", "Bike repairs nearby"], Titles(page));
    }

    [Theory]
    [InlineData("/?kind=Banana&p=-4&within=abc&sort=Sideways&category=x")]
    [InlineData("/?p=99999999999999")]
    [InlineData("/Map?near=999&within=-1")]
    public async Task Nonsense_in_the_query_string_still_shows_the_list(string url)
    {
        await using var app = await AppWithPostsAsync();

        var page = await app.CreateBrowserClient().GetPageAsync(url);

        Assert.True(page.Response.IsSuccessStatusCode);
        Assert.NotEmpty(Titles(page));
    }
}
