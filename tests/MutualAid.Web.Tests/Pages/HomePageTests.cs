using AngleSharp.Dom;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// What a newcomer meets first: a line saying what this is, the posts before the filters, the
// filters folded under one control that names what is on, and a plain page on how it works.
public class HomePageTests
{
    private static async Task<Post> SeedAsync(MutualAidApp app)
    {
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        await app.AddNeighborAsync("ben@example.org", "Ben", Places.NorthKm(0.5));
        var soup = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for a sick household", Places.EastKm(0.6), "Meals", "Anything warm");
        await app.AddPostAsync(ana.Id, PostKind.Offer, "A ladder to lend", Places.EastKm(1), "Household goods");
        return soup;
    }

    private static string Summary(HtmlPage page) =>
        page.Document.QuerySelector("details.filter-box > summary")!.TextContent.Trim();

    [Fact]
    public async Task The_first_post_comes_before_the_filter_form_and_the_first_line_says_what_this_is()
    {
        await using var app = new MutualAidApp();
        await SeedAsync(app);

        var page = await app.CreateBrowserClient().GetPageAsync("/");

        var firstPost = page.Document.QuerySelector(".post-card")!;
        var form = page.Document.QuerySelector("form[role=search]")!;
        Assert.True(firstPost.CompareDocumentPosition(form).HasFlag(DocumentPositions.Following), "The filter form comes before the first post.");
        Assert.Equal("details", form.ParentElement!.LocalName);
        Assert.Null(form.ParentElement.GetAttribute("open"));
        var lede = page.Document.QuerySelector("main h1 + p")!;
        Assert.Contains("ask each other for help and offer it", lede.TextContent, StringComparison.Ordinal);
        Assert.Equal("/HowItWorks", lede.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_folded_filter_names_the_filters_that_are_on()
    {
        await using var app = new MutualAidApp();
        await SeedAsync(app);
        var ben = await app.SignedInClientAsync("ben@example.org");
        var meals = await app.CategoryIdAsync("Meals");

        var none = await ben.GetPageAsync("/");
        var some = await ben.GetPageAsync($"/?kind=Need&category={meals}&within=2&q=soup&sort=Urgent");

        Assert.Equal("Filter", Summary(none));
        Assert.Equal("Filter · Needs, Meals, “soup”, within 2 km, most urgent first", Summary(some));
        Assert.Equal(Summary(some), some.Document.QuerySelector("a.filter-jump")!.TextContent.Trim());
        Assert.Equal(["Soup for a sick household"], some.Document.QuerySelectorAll(".post-card h2").Select(h => h.TextContent.Trim()));
        var spanish = await app.CreateBrowserClient().Prefers("es").GetPageAsync($"/?kind=Need&category={meals}&sort=Urgent");
        Assert.Equal("Filtrar · Necesidades, Comidas, las más urgentes primero", Summary(spanish));
    }

    [Fact]
    public async Task A_distance_with_nothing_to_measure_from_is_not_named_as_a_filter()
    {
        await using var app = new MutualAidApp();
        await SeedAsync(app);

        var page = await app.CreateBrowserClient().GetPageAsync("/?within=2&kind=Offer");

        Assert.Equal("Filter · Offers", Summary(page));
        Assert.Contains("choose a neighborhood to measure from", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_the_links_fold_under_one_menu_that_holds_every_link()
    {
        await using var app = new MutualAidApp();
        await SeedAsync(app);
        var ben = await app.SignedInClientAsync("ben@example.org");

        var page = await ben.GetPageAsync("/");

        var menu = page.Document.QuerySelector("header details.nav-menu")!;
        Assert.Equal("Menu", menu.QuerySelector("summary")!.TextContent.Trim());
        var wide = page.Document.QuerySelectorAll("header .nav-wide a, header .nav-wide button").Select(e => e.TextContent.Trim());
        var folded = menu.QuerySelectorAll("a, button").Select(e => e.TextContent.Trim());
        Assert.Equal(["Browse", "Map", "Post a need or offer", "Mine", "Matches", "Profile", "Log out"], folded);
        Assert.Equal(wide, folded);
    }

    [Theory]
    [InlineData("en", "Solidarity, not charity", "about 500 m", "Thank-yous between neighbors")]
    [InlineData("es", "Solidaridad, no caridad", "unos 500 m", "Agradecimientos entre vecinos")]
    public async Task How_it_works_is_a_click_from_home_and_shows_thanks_both_neighbors_agreed_to_share(string language, string stance, string privacy, string thanks)
    {
        await using var app = new MutualAidApp();
        var soup = await SeedAsync(app);
        var ids = await app.WithDbAsync(db => Task.FromResult(db.Users.ToDictionary(u => u.DisplayName, u => u.Id)));
        await app.WithDbAsync(db =>
        {
            var shared = new ThankYou(soup.Id, ids["Ana"], ids["Ben"], "The soup saved our week", true, app.Clock.GetUtcNow().UtcDateTime) { ReaderAgreesPublic = true };
            var unshared = new ThankYou(soup.Id, ids["Ben"], ids["Ana"], "Only for Ana", true, app.Clock.GetUtcNow().UtcDateTime);
            db.ThankYous.AddRange(shared, unshared);
            return db.SaveChangesAsync();
        });
        var client = app.CreateBrowserClient().Prefers(language);

        var home = await client.GetPageAsync("/");
        var page = await client.GetPageAsync(home.Document.QuerySelector("main a[href='/HowItWorks']")!.GetAttribute("href")!);

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(language, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(stance, page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(privacy, page.Text, StringComparison.Ordinal);
        Assert.Contains(thanks, page.Text, StringComparison.Ordinal);
        Assert.Contains("The soup saved our week", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only for Ana", page.Text, StringComparison.Ordinal);
        Assert.Contains("The soup saved our week", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only for Ana", home.Text, StringComparison.Ordinal);
    }
}
