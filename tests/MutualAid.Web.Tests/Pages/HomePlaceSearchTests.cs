using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// The first log-in's home step finds home by a place's name, as the profile does, without scripts:
// "Search" lists the places found, the chosen one sets the point, and the way on is kept.
public class HomePlaceSearchTests
{
    private const string Form = "main form[method=post]";
    private const string Step = "/Profile/Home?returnUrl=%2FMatches";

    [Fact]
    public async Task With_no_geocoder_set_the_home_step_offers_no_search()
    {
        await using var app = new MutualAidApp();
        var rosa = await NewcomerAsync(app);

        var step = await rosa.GetPageAsync(Step);

        Assert.NotNull(step.Document.QuerySelector("#Input_NeighborhoodId"));
        Assert.Null(step.Document.QuerySelector("#Input_PlaceQuery"));
    }

    [Fact]
    public async Task A_place_found_and_chosen_becomes_home_and_the_newcomer_goes_on()
    {
        await using var geocoder = new StubGeocoder { Answer = PlaceSearchTests.PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var rosa = await NewcomerAsync(app);
        var step = await rosa.GetPageAsync(Step);

        var found = await HtmlForms.ParseAsync(await rosa.SubmitAsync(step, Form, new() { ["Input.PlaceQuery"] = "Plaza Mayor" }, handler: "FindPlace"));
        Assert.Equal(HttpStatusCode.OK, found.Response.StatusCode);
        Assert.Equal(["Plaza Mayor, Centro, Madrid", "Plaza Mayor, Valladolid"],
            found.Document.QuerySelectorAll(".found-places label").Select(l => l.TextContent.Trim()));
        Assert.True(found.Document.QuerySelector<IHtmlInputElement>("#found-0")!.IsChecked);
        var onward = await rosa.SubmitAsync(found, Form, new() { ["Input.FoundPlace"] = "41.652,-4.7286" });

        Assert.Equal("/Profile/Helping?returnUrl=%2FMatches", onward.RequestMessage!.RequestUri!.PathAndQuery);
        var home = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "rosa@example.org").Select(u => new { u.HomeLatitude, u.HomeLongitude }).SingleAsync());
        Assert.Equal((41.652, -4.7286), (home.HomeLatitude, home.HomeLongitude));
        Assert.Single(geocoder.Requests);
    }

    [Fact]
    public async Task Enter_in_the_search_box_searches_rather_than_skipping_on()
    {
        await using var geocoder = new StubGeocoder { Answer = PlaceSearchTests.PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var rosa = await NewcomerAsync(app);

        var page = await rosa.SubmitForPageAsync(await rosa.GetPageAsync(Step), Form, new() { ["Input.PlaceQuery"] = "Plaza Mayor" });

        Assert.Equal(2, page.Document.QuerySelectorAll(".found-places input[type=radio]").Length);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.HomeLatitude == null)));
    }

    [Theory]
    [InlineData("failing", "The place search is not answering just now.")]
    [InlineData("slow", "The place search is not answering just now.")]
    [InlineData("empty", "No place found by that name.")]
    [InlineData("too long", "Keep the place to 200 characters or fewer.")]
    public async Task A_search_that_fails_is_told_at_the_field_and_keeps_what_was_typed(string how, string message)
    {
        await using var geocoder = new StubGeocoder
        {
            Status = how == "failing" ? HttpStatusCode.BadGateway : HttpStatusCode.OK,
            Delay = how == "slow" ? TimeSpan.FromSeconds(4) : TimeSpan.Zero,
        };
        await using var app = new MutualAidApp(settings: geocoder.Settings(timeoutSeconds: 1));
        var rosa = await NewcomerAsync(app);
        var typed = how == "too long" ? new string('x', 201) : "Calle Falsa 123";

        var page = await HtmlForms.ParseAsync(await rosa.SubmitAsync(await rosa.GetPageAsync(Step), Form, new() { ["Input.PlaceQuery"] = typed }, handler: "FindPlace"));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.StartsWith(message, page.Document.QuerySelector("[data-valmsg-for='Input.PlaceQuery']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.Document.QuerySelector<IHtmlInputElement>("#Input_PlaceQuery")!.Value);
        Assert.Equal("/Matches", page.Document.QuerySelector<IHtmlInputElement>("input[name=returnUrl]")!.Value);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.HomeLatitude == null)));
    }

    [Fact]
    public async Task The_home_step_in_spanish_says_at_the_field_that_the_search_failed()
    {
        await using var geocoder = new StubGeocoder { Status = HttpStatusCode.ServiceUnavailable };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync("rosa@example.org", "Rosa");
        // Log-in brings a neighbor's own language to the browser.
        await app.SpeaksAsync("rosa@example.org", "es");
        var rosa = await app.SignedInClientAsync("rosa@example.org");

        var page = await HtmlForms.ParseAsync(await rosa.SubmitAsync(await rosa.GetPageAsync(Step), Form, new() { ["Input.PlaceQuery"] = "Plaza Mayor" }, handler: "FindPlace"));

        Assert.Equal("Buscar un lugar", page.Document.QuerySelector("label[for=Input_PlaceQuery]")!.TextContent.Trim());
        Assert.StartsWith("La búsqueda de lugares no responde", page.Document.QuerySelector("[data-valmsg-for='Input.PlaceQuery']")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> NewcomerAsync(MutualAidApp app)
    {
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync("rosa@example.org", "Rosa");
        return await app.SignedInClientAsync("rosa@example.org");
    }
}
