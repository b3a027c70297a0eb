using System.Globalization;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Pages.Print;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// The printed list: the browse list's posts for the same filters, laid out for paper, each with
// a code and a QR code to its page, and nothing a noticeboard must not show.
public class PrintTests
{
    [Fact]
    public async Task The_printed_list_holds_what_browse_lists_for_the_same_filters_and_nothing_closed_or_hidden()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var hood = await AddNeighborhoodAsync(app, "Lavapiés", Places.Origin);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", Places.NorthKm(0.4), createdAt: now.AddHours(-3), urgency: Urgency.Today);
        await app.AddPostAsync(ana.Id, PostKind.Offer, "Stew on Sundays", Places.EastKm(1.5), createdAt: now.AddHours(-2));
        await app.AddPostAsync(ana.Id, PostKind.Need, "A ladder for an afternoon", Places.NorthKm(3), category: "Household goods", createdAt: now.AddHours(-1));
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup long ago", Places.Origin, createdAt: now.AddDays(-40));
        var hidden = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup nobody may see", Places.Origin);
        var withdrawn = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup no longer wanted", Places.Origin);
        await app.WithDbAsync(async db =>
        {
            (await db.Posts.FindAsync(hidden.Id))!.Hide(HideCause.Steward, "spam", now);
            (await db.Posts.FindAsync(withdrawn.Id))!.Withdraw(now);
            return await db.SaveChangesAsync();
        });
        var client = app.CreateBrowserClient();

        foreach (var filters in new[] { "", $"near={hood}", $"near={hood}&kind=Need&sort=Urgent", $"near={hood}&within=2", "q=soup" })
        {
            var browse = Titles(await client.GetPageAsync($"/?{filters}"), ".post-card h2");
            var print = Titles(await client.GetPageAsync($"/Print?{filters}"), ".print-post h3");

            Assert.NotEmpty(print);
            Assert.Equal(browse, print);
            Assert.DoesNotContain(print, t => t.Contains("nobody", StringComparison.Ordinal) || t.Contains("no longer", StringComparison.Ordinal) || t.Contains("long ago", StringComparison.Ordinal));
        }

        var sheet = await client.GetPageAsync($"/Print?near={hood}&kind=Need");
        var soup = sheet.Document.QuerySelectorAll(".print-post").Single(p => p.TextContent.Contains("Soup for two", StringComparison.Ordinal));
        Assert.Contains("Need · Meals", soup.TextContent, StringComparison.Ordinal);
        Assert.Contains("Needed today", soup.TextContent, StringComparison.Ordinal);
        Assert.Contains("under 1 km from the center of Lavapiés", soup.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_readers_printed_list_leaves_out_neighbors_on_the_other_side_of_a_block_as_browse_does()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var ben = await app.AddNeighborAsync("ben@example.org", "Ben", Places.NorthKm(1));
        await app.AddNeighborAsync("cai@example.org", "Cai", Places.NorthKm(1));
        await app.AddPostAsync(ana.Id, PostKind.Need, "Ana's soup", Places.Origin);
        await app.AddPostAsync(ben.Id, PostKind.Offer, "Ben's bread", Places.Origin);
        await app.WithDbAsync(db =>
        {
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = ana.Id, BlockedId = ben.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });

        foreach (var (email, expected) in new[] { ("ana@example.org", "Ana's soup"), ("ben@example.org", "Ben's bread") })
        {
            var client = await app.SignedInClientAsync(email);
            Assert.Equal([expected], Titles(await client.GetPageAsync("/Print"), ".print-post h3"));
            Assert.Equal(Titles(await client.GetPageAsync("/"), ".post-card h2"), Titles(await client.GetPageAsync("/Print"), ".print-post h3"));
        }

        var cai = await app.SignedInClientAsync("cai@example.org");
        Assert.Equal(2, Titles(await cai.GetPageAsync("/Print"), ".print-post h3").Count);
    }

    [Fact]
    public async Task Each_posts_qr_code_reads_as_its_absolute_page_address_and_its_short_code_leads_there()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var post = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", Places.Origin);
        var client = app.CreateBrowserClient();

        var sheet = await client.GetPageAsync("/Print");
        var card = Assert.Single(sheet.Document.QuerySelectorAll(".print-post"));
        var svg = card.QuerySelector("svg.qr")!;

        var expected = QrCodeSvg.Modules($"https://mutualaid.example/Posts/{post.Id}").ModuleMatrix;
        Assert.Equal(Matrix(expected), QrMatrix.Read(svg.OuterHtml, expected.Count));
        Assert.Contains($"Code {post.Id} · mutualaid.example/p/{post.Id}", card.TextContent, StringComparison.Ordinal);
        var shortLink = await client.GetPageAsync($"/p/{post.Id}");
        Assert.Equal($"/Posts/{post.Id}", shortLink.Response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("Soup for two nights", shortLink.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_printed_list_shows_no_home_no_exact_point_and_no_distance_finer_than_a_band()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.NorthKm(0.3));
        await app.AddNeighborAsync("ben@example.org", "Ben", Places.EastKm(0.7));
        var hood = await AddNeighborhoodAsync(app, "Lavapiés", Places.Origin);
        var post = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", Places.NorthKm(0.35));
        var ben = await app.SignedInClientAsync("ben@example.org");

        // Signed in with a home and no neighborhood chosen: no distance at all, not one from Ben's home.
        var fromHome = await ben.GetPageAsync("/Print");
        var fromHood = await ben.GetPageAsync($"/Print?near={hood}");

        Assert.Empty(fromHome.Document.QuerySelectorAll(".print-where"));
        Assert.DoesNotContain("your home", fromHome.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("under 1 km from the center of Lavapiés", fromHood.Document.QuerySelector(".print-where")?.TextContent);
        foreach (var page in new[] { fromHome, fromHood })
        {
            foreach (var number in new[] { post.Latitude, post.Longitude, post.PublicLatitude, post.PublicLongitude, Places.NorthKm(0.3).Latitude, Places.EastKm(0.7).Longitude })
            {
                Assert.DoesNotContain(number.ToString("0.000", CultureInfo.InvariantCulture), page.Html, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(@"\d[.,]\d+\s*km", page.Text);
            Assert.DoesNotContain("ana@example.org", page.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/Print?kind=Banana&within=abc&near=x&category=x&sort=Sideways&paper=Legal&p=-4")]
    [InlineData("/Print?near=99999&within=-1&paper=")]
    public async Task Nonsense_in_the_address_says_what_happened_and_still_prints_the_list(string url)
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", Places.Origin);

        var page = await app.CreateBrowserClient().GetPageAsync(url);

        Assert.True(page.Response.IsSuccessStatusCode);
        Assert.Equal(["Soup for two nights"], Titles(page, ".print-post h3"));
        Assert.Equal("a4", PrintSettingsTests.Paper(page));
        if (url.Contains("Banana", StringComparison.Ordinal))
        {
            Assert.Contains("could not be read, so they were left out", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Browse_links_to_the_printed_list_with_its_filters()
    {
        await using var app = new MutualAidApp();
        var hood = await AddNeighborhoodAsync(app, "Lavapiés", Places.Origin);

        var page = await app.CreateBrowserClient().GetPageAsync($"/?kind=Need&near={hood}&q=soup&p=2");
        var link = page.Document.QuerySelectorAll("a").Single(a => a.TextContent == "Print this list").GetAttribute("href");

        Assert.Equal($"/Print?kind=Need&q=soup&near={hood}", link);
    }

    private static List<string> Titles(HtmlPage page, string selector) =>
        [.. page.Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    private static bool[][] Matrix(List<System.Collections.BitArray> rows) =>
        [.. rows.Select(r => Enumerable.Range(0, r.Length).Select(i => r[i]).ToArray())];

    private static async Task<int> AddNeighborhoodAsync(MutualAidApp app, string name, GeoPoint center) =>
        await app.WithDbAsync(async db =>
        {
            var hood = new Neighborhood { Name = name, CenterLatitude = center.Latitude, CenterLongitude = center.Longitude, RadiusKm = 1 };
            db.Neighborhoods.Add(hood);
            await db.SaveChangesAsync();
            return hood.Id;
        });
}
