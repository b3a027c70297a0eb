using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class LocationPrivacyTests
{
    [Fact]
    public async Task No_page_a_stranger_can_see_contains_an_exact_point_of_any_post_or_neighbor()
    {
        await using var app = new MutualAidApp("Development");
        var stranger = app.CreateBrowserClient();
        var exactPoints = await app.WithDbAsync(async db =>
        {
            var posts = await db.Posts.Select(p => new { p.Latitude, p.Longitude }).ToListAsync();
            var homes = await db.Users.Select(u => new { Latitude = u.HomeLatitude!.Value, Longitude = u.HomeLongitude!.Value }).ToListAsync();
            return posts.Concat(homes).SelectMany(p => new[] { p.Latitude, p.Longitude }).ToList();
        });
        var postIds = await app.WithDbAsync(db => db.Posts.Select(p => p.Id).ToListAsync());
        var neighborhoodIds = await app.WithDbAsync(db => db.Neighborhoods.Select(n => n.Id).ToListAsync());
        Assert.True(exactPoints.Count > 400);

        var urls = new List<string> { "/", "/Map", "/?p=2", "/?p=10", "/?sort=Urgent" };
        foreach (var near in neighborhoodIds)
        {
            urls.Add($"/?near={near}&sort=Nearest");
            urls.Add($"/?near={near}&within=1");
            urls.Add($"/Map?near={near}&within=2&kind=Need");
        }

        urls.AddRange(postIds.Select(id => $"/Posts/{id}"));
        foreach (var url in urls)
        {
            var page = await stranger.GetPageAsync(url);
            Assert.True(page.Response.IsSuccessStatusCode, url);
            foreach (var coordinate in exactPoints)
            {
                Assert.DoesNotContain(coordinate.ToString("R", CultureInfo.InvariantCulture), page.Html, StringComparison.Ordinal);
                Assert.DoesNotContain(coordinate.ToString("F6", CultureInfo.InvariantCulture), page.Html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_map_data_carries_only_public_cell_centers()
    {
        await using var app = new MutualAidApp("Development");
        var page = await app.CreateBrowserClient().GetPageAsync("/Map");
        var json = page.Document.QuerySelector("#map-cells")!.TextContent;
        var cells = System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        var publicCenters = await app.WithDbAsync(db => db.Posts.Select(p => new { p.PublicLatitude, p.PublicLongitude }).Distinct().ToListAsync());

        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var lat = cell.GetProperty("latitude").GetDouble();
            var lon = cell.GetProperty("longitude").GetDouble();
            Assert.Contains(publicCenters, c => c.PublicLatitude == lat && c.PublicLongitude == lon);
        }
    }

    [Fact]
    public async Task A_neighbor_sees_only_a_distance_band_to_a_post_never_a_number_of_metres()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        var post = await app.AddPostAsync(ana.Id, Web.Posts.PostKind.Offer, "Spare bread", TestData.AnaHome);
        var ben = await app.SignedInAsync(Person.Ben);

        var details = await ben.GetPageAsync($"/Posts/{post.Id}");
        var list = await ben.GetPageAsync("/");

        Assert.Contains("1–2 km from your home", details.Text, StringComparison.Ordinal);
        Assert.Contains("1–2 km away", list.Text, StringComparison.Ordinal);
    }
}
