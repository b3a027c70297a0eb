using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// Where a post is put, as a neighbor without JavaScript fills the form: only the fields they touch.
public class PostFormWhereTests
{
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task Choosing_a_neighborhood_in_its_list_is_enough_without_scripts()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var hill = await AddNeighborhoodAsync(app, "Hilltop", Places.NorthKm(6));
        var form = await client.GetPageAsync("/Posts/New?kind=Need");

        await client.SubmitAsync(form, Form, Filled(await app.CategoryIdAsync("Meals"), new() { ["Input.NeighborhoodId"] = Id(hill) }));

        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal(Places.NorthKm(6).Latitude, post.Latitude, 6);
        Assert.Equal(Places.NorthKm(6).Longitude, post.Longitude, 6);
    }

    // When another field sends the form back, the choice reads as the one the server took: the
    // neighborhood ticked, not "Near my home" beside a neighborhood that will be used anyway.
    [Fact]
    public async Task A_form_sent_back_ticks_the_neighborhood_picked_from_its_list()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var hill = await AddNeighborhoodAsync(app, "Hilltop", Places.NorthKm(6));
        var form = await client.GetPageAsync("/Posts/New?kind=Need");

        var page = await client.SubmitForPageAsync(form, Form, Filled(await app.CategoryIdAsync("Meals"), new() { ["Input.NeighborhoodId"] = Id(hill), ["Input.Capacity"] = "" }));

        Assert.Equal("location-neighborhood", page.Document.QuerySelector("input[name='Input.Location'][checked]")?.Id);
        Assert.Equal(Id(hill), page.Document.QuerySelector("#Input_NeighborhoodId option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task Near_my_home_is_the_default_for_a_neighbor_with_a_home()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        await AddNeighborhoodAsync(app, "Hilltop", Places.NorthKm(6));
        var form = await client.GetPageAsync("/Posts/New?kind=Offer");

        await client.SubmitAsync(form, Form, Filled(await app.CategoryIdAsync("Meals")));

        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal(TestData.AnaHome.Latitude, post.Latitude, 6);
        Assert.Equal(TestData.AnaHome.Longitude, post.Longitude, 6);
    }

    [Fact]
    public async Task A_neighbor_with_no_home_and_no_choice_is_told_at_the_field()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("rosa@example.org", "Rosa");
        var client = await app.SignedInClientAsync("rosa@example.org");
        await AddNeighborhoodAsync(app, "Hilltop", Places.NorthKm(6));
        var form = await client.GetPageAsync("/Posts/New?kind=Need");

        var page = await client.SubmitForPageAsync(form, Form, Filled(await app.CategoryIdAsync("Meals")));

        Assert.Contains("You have not set a home yet", page.Document.QuerySelector("[data-valmsg-for='Input.Location']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Soup please", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    internal static async Task<int> AddNeighborhoodAsync(MutualAidApp app, string name, Web.Geo.GeoPoint center) =>
        await app.WithDbAsync(async db =>
        {
            var hood = new Neighborhood { Name = name, CenterLatitude = center.Latitude, CenterLongitude = center.Longitude, RadiusKm = 1 };
            db.Neighborhoods.Add(hood);
            await db.SaveChangesAsync();
            return hood.Id;
        });

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    // What a person types: a category, a title. Everything else is left as the form offers it.
    internal static Dictionary<string, string> Filled(int categoryId, Dictionary<string, string>? more = null)
    {
        var values = new Dictionary<string, string> { ["Input.CategoryId"] = Id(categoryId), ["Input.Title"] = "Soup please" };
        foreach (var (key, value) in more ?? [])
        {
            values[key] = value;
        }

        return values;
    }
}
