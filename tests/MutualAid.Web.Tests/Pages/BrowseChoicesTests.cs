using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Moderation;

namespace MutualAid.Web.Tests.Pages;

// The browse filters' category and neighborhood lists are kept in memory between requests;
// a steward's change must still show on the very next page, on the list and on the map.
public class BrowseChoicesTests
{
    [Fact]
    public async Task A_category_or_neighborhood_a_steward_adds_is_offered_at_once()
    {
        var (app, ana, steward, _) = await ModerationTests.AppAsync();
        await using var _ = app;
        Assert.DoesNotContain("Bikes", Options(await ana.GetPageAsync("/"), "category"));
        Assert.DoesNotContain("Hilltop", Options(await ana.GetPageAsync("/Map"), "near"));

        var categories = await steward.GetPageAsync("/Moderation/Categories");
        await steward.SubmitAsync(categories, "form[action*='handler=Add']", new() { ["name"] = "Bikes" });
        var neighborhoods = await steward.GetPageAsync("/Moderation/Neighborhoods");
        await steward.SubmitAsync(neighborhoods, "main form[method=post]",
            new() { ["Input.Name"] = "Hilltop", ["Input.Latitude"] = "40.42", ["Input.Longitude"] = "-3.7", ["Input.RadiusKm"] = "1" });

        Assert.Contains("Bikes", Options(await ana.GetPageAsync("/"), "category"));
        Assert.Contains("Hilltop", Options(await ana.GetPageAsync("/"), "near"));
        Assert.Contains("Bikes", Options(await ana.GetPageAsync("/Map"), "category"));
    }

    private static List<string> Options(HtmlPage page, string select) =>
        [.. page.Document.QuerySelectorAll($"select[name='{select}'] option").Select(o => o.TextContent.Trim())];
}
