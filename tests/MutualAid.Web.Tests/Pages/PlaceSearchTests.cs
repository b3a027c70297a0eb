using System.Net;
using System.Web;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class PlaceSearchTests
{
    private const string Form = "main form[method=post]";
    internal const string PlazaAnswer = """
        [{"lat":"40.4155","lon":"-3.7074","display_name":"Plaza Mayor, Centro, Madrid"},
         {"lat":"41.6520","lon":"-4.7286","display_name":"Plaza Mayor, Valladolid"}]
        """;

    [Fact]
    public async Task With_no_geocoder_set_no_search_box_appears()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);

        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var profile = await client.GetPageAsync("/Profile");

        Assert.Null(form.Document.QuerySelector("#Input_PlaceQuery"));
        Assert.Null(profile.Document.QuerySelector("#Input_PlaceQuery"));
    }

    [Fact]
    public async Task A_search_lists_the_places_found_and_posting_puts_the_post_at_the_chosen_one()
    {
        await using var geocoder = new StubGeocoder { Answer = PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = PostFormWhereTestsFill(await app.CategoryIdAsync("Meals"));
        values["Input.PlaceQuery"] = "Plaza Mayor";

        var found = await HtmlForms.ParseAsync(await client.SubmitAsync(form, Form, values, handler: "FindPlace"));
        Assert.Equal(HttpStatusCode.OK, found.Response.StatusCode);
        Assert.Equal(["Plaza Mayor, Centro, Madrid", "Plaza Mayor, Valladolid"],
            found.Document.QuerySelectorAll(".found-places label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Soup please", found.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        var request = Assert.Single(geocoder.Requests);
        Assert.Equal("Plaza Mayor", HttpUtility.ParseQueryString(request.Address.Query)["q"]);
        Assert.Equal("/search", request.Address.AbsolutePath);
        Assert.StartsWith("MutualAid", request.UserAgent, StringComparison.Ordinal);

        await client.SubmitAsync(found, Form, new() { ["Input.FoundPlace"] = "41.652,-4.7286" });

        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal((41.652, -4.7286), (post.Latitude, post.Longitude));
        Assert.Single(geocoder.Requests);
    }

    [Fact]
    public async Task Enter_in_the_search_box_searches_rather_than_posting_somewhere_else()
    {
        await using var geocoder = new StubGeocoder { Answer = PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Offer");
        var values = PostFormWhereTestsFill(await app.CategoryIdAsync("Meals"));
        values["Input.PlaceQuery"] = "Plaza Mayor";

        var page = await client.SubmitForPageAsync(form, Form, values);

        Assert.Equal(2, page.Document.QuerySelectorAll(".found-places input[type=radio]").Length);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Theory]
    [InlineData("failing", "The place search is not answering just now.")]
    [InlineData("slow", "The place search is not answering just now.")]
    [InlineData("garbled", "The place search is not answering just now.")]
    [InlineData("empty", "No place found by that name.")]
    public async Task A_search_that_finds_nothing_or_fails_is_told_at_the_field_and_keeps_the_form(string how, string message)
    {
        await using var geocoder = new StubGeocoder
        {
            Status = how == "failing" ? HttpStatusCode.InternalServerError : HttpStatusCode.OK,
            Delay = how == "slow" ? TimeSpan.FromSeconds(4) : TimeSpan.Zero,
            Answer = how == "garbled" ? "<html>busy</html>" : "[]",
        };
        await using var app = new MutualAidApp(settings: geocoder.Settings(timeoutSeconds: 1));
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = PostFormWhereTestsFill(await app.CategoryIdAsync("Meals"));
        values["Input.PlaceQuery"] = "Calle Falsa 123";

        var page = await HtmlForms.ParseAsync(await client.SubmitAsync(form, Form, values, handler: "FindPlace"));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.StartsWith(message, page.Document.QuerySelector("[data-valmsg-for='Input.PlaceQuery']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Calle Falsa 123", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_PlaceQuery")!.Value);
        Assert.Equal("Soup please", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task The_profile_sets_home_from_a_place_found()
    {
        await using var geocoder = new StubGeocoder { Answer = PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var client = await app.SignedInAsync(Person.Ana);
        var profile = await client.GetPageAsync("/Profile");

        var found = await HtmlForms.ParseAsync(await client.SubmitAsync(profile, Form, new() { ["Input.PlaceQuery"] = "Plaza Mayor" }, handler: "FindPlace"));
        await client.SubmitAsync(found, Form, []);

        var ana = await app.WithDbAsync(db => db.Users.SingleAsync());
        Assert.Equal((40.4155, -3.7074), (ana.HomeLatitude, ana.HomeLongitude));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org")]
    public void A_geocoder_address_that_is_not_http_stops_the_start(string url)
    {
        using var app = new MutualAidApp(settings: new() { ["Geocoding:Url"] = url });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("Geocoding:Url", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PostFormWhereTestsFill(int categoryId) => PostFormWhereTests.Filled(categoryId);
}
