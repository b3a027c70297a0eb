using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Pages;

namespace MutualAid.Web.Tests.Security;

// The attack: someone who later gets a copy of the database (a stolen backup, a careless host)
// looks for the words a neighbor typed to find their home or their post's place. Only points
// may be kept, never what was searched for or the names found: on the post form, the profile and
// the first log-in's home step.
public class PlaceSearchTraceTests
{
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task No_table_holds_the_words_searched_for_or_the_places_found()
    {
        await using var geocoder = new StubGeocoder { Answer = PlaceSearchTests.PlazaAnswer };
        await using var app = new MutualAidApp(settings: geocoder.Settings());
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = Pages.PostFormWhereTests.Filled(await app.CategoryIdAsync("Meals"));
        values["Input.PlaceQuery"] = "Calle del Olivar 7";
        var found = await HtmlForms.ParseAsync(await client.SubmitAsync(form, Form, values, handler: "FindPlace"));
        await client.SubmitAsync(found, Form, []);
        var profile = await client.GetPageAsync("/Profile");
        var foundHome = await HtmlForms.ParseAsync(await client.SubmitAsync(profile, Form, new() { ["Input.PlaceQuery"] = "Calle del Olivar 7" }, handler: "FindPlace"));
        await client.SubmitAsync(foundHome, Form, []);
        await app.AddNeighborAsync("rosa@example.org", "Rosa");
        var rosa = await app.SignedInClientAsync("rosa@example.org");
        var step = await rosa.GetPageAsync("/Profile/Home?returnUrl=%2F");
        var foundFirstHome = await HtmlForms.ParseAsync(await rosa.SubmitAsync(step, Form, new() { ["Input.PlaceQuery"] = "Calle del Olivar 7" }, handler: "FindPlace"));
        await rosa.SubmitAsync(foundFirstHome, Form, []);
        Assert.Equal(2, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users, u => u.HomeLatitude == 40.4155)));
        Assert.Equal(1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Posts)));

        var texts = (await StoredCells.AllAsync(app)).Texts().ToList();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains("Olivar", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("Plaza Mayor", StringComparison.OrdinalIgnoreCase));
    }
}
