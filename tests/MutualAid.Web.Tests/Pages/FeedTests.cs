using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class FeedTests
{
    [Fact]
    public async Task A_neighborhoods_feed_is_atom_with_its_newest_open_posts_of_a_category_and_no_place_in_it()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var hood = await AddNeighborhoodAsync(app, "Lavapiés", Places.Origin);
        var meals = await app.CategoryIdAsync("Meals");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var older = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", Places.NorthKm(0.4), details: "Lentils are fine.", createdAt: now.AddHours(-2));
        var newer = await app.AddPostAsync(ana.Id, PostKind.Offer, "Stew on Sundays", Places.EastKm(0.3), createdAt: now.AddHours(-1));
        await app.AddPostAsync(ana.Id, PostKind.Need, "A ladder for an afternoon", Places.Origin, category: "Household goods");
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup far away", Places.NorthKm(30));
        var hidden = await app.AddPostAsync(ana.Id, PostKind.Need, "Soup nobody may see", Places.Origin);
        await app.WithDbAsync(async db =>
        {
            (await db.Posts.FindAsync(hidden.Id))!.Hide(HideCause.Steward, "spam", now);
            return await db.SaveChangesAsync();
        });

        var response = await app.CreateBrowserClient().GetAsync($"/Feed?near={hood}&within=2&category={meals}", TestContext.Current.CancellationToken);
        var xml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var feed = Read(xml);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Offer · Meals: Stew on Sundays", "Need · Meals: Soup for two nights"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal($"https://mutualaid.example/Posts/{newer.Id}", feed.Items.First().Links.Single().Uri.ToString());
        Assert.Contains("Lentils are fine.", ((TextSyndicationContent)feed.Items.Last().Summary).Text, StringComparison.Ordinal);
        Assert.Equal(older.CreatedAt, feed.Items.Last().LastUpdatedTime.UtcDateTime, TimeSpan.FromSeconds(1));
        foreach (var post in new[] { older, newer })
        {
            foreach (var number in new[] { post.Latitude, post.Longitude, post.PublicLatitude, post.PublicLongitude })
            {
                Assert.DoesNotContain(number.ToString("0.000", CultureInfo.InvariantCulture), xml, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_feed_reads_in_the_askers_language_and_the_home_page_links_to_it()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        await app.AddPostAsync(ana.Id, PostKind.Need, "Sopa para dos noches", Places.Origin);
        var spanish = app.CreateBrowserClient().Prefers("es");

        var feed = Read(await spanish.GetStringAsync("/Feed", TestContext.Current.CancellationToken));
        var home = await spanish.GetPageAsync("/?kind=Need");

        Assert.Equal("Necesidades y ofertas abiertas en MutualAid", feed.Title.Text);
        Assert.Equal("Necesidad · Comidas: Sopa para dos noches", Assert.Single(feed.Items).Title.Text);
        Assert.Equal("/Feed?kind=Need", home.Document.QuerySelector("a[type='application/atom+xml']")!.GetAttribute("href"));
    }

    // Beyond what the reader accepts, the rules of RFC 4287 that a strict validator checks: one id,
    // title and updated (an RFC 3339 date) on the feed and on each entry, an author, absolute ids,
    // and a link to each entry's page since entries carry no content.
    private static void AssertAtom(string xml)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Single(feed.Elements(atom + "author"));
        Assert.Single(feed.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        foreach (var element in new[] { feed }.Concat(feed.Elements(atom + "entry")))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.Single(element.Elements(atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(element.Element(atom + "id")!.Value, UriKind.Absolute), element.ToString());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", element.Element(atom + "updated")!.Value);
        }

        Assert.All(feed.Elements(atom + "entry"), entry =>
            Assert.Single(entry.Elements(atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate"));
    }

    private static SyndicationFeed Read(string xml)
    {
        AssertAtom(xml);
        using var reader = XmlReader.Create(new StringReader(xml));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), xml);
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static async Task<int> AddNeighborhoodAsync(MutualAidApp app, string name, MutualAid.Web.Geo.GeoPoint center) =>
        await app.WithDbAsync(async db =>
        {
            var hood = new Neighborhood { Name = name, CenterLatitude = center.Latitude, CenterLongitude = center.Longitude, RadiusKm = 1 };
            db.Neighborhoods.Add(hood);
            await db.SaveChangesAsync();
            return hood.Id;
        });
}
