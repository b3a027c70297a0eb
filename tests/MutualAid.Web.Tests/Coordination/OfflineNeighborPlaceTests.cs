using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Coordination;

// An offline neighbor is placed in a neighborhood or in the public ~500 m map cell around a spot
// the coordinator marks; the spot itself is never kept, and their posts stand at the cell's center.
public class OfflineNeighborPlaceTests
{
    [Fact]
    public async Task A_spot_marked_on_the_map_keeps_only_its_cell_and_their_posts_stand_at_its_center()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var cell = GridCell.Containing(TestData.AnaHome);

        var rosa = await app.AddOfflineNeighborAsync(cai, hood, spot: TestData.AnaHome);
        var postId = await app.PostForAsync(cai, rosa, "Need", "Soup on Sundays");

        var record = await app.WithDbAsync(db => db.OfflineNeighbors.AsNoTracking().SingleAsync());
        Assert.Equal((null, cell.Row, cell.Column), (record.NeighborhoodId, record.CellRow, record.CellColumn));
        var post = await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId));
        Assert.Equal((cell.Center.Latitude, cell.Center.Longitude), (post.Latitude, post.Longitude));
        Assert.Contains("A spot on the map (about 500 m)", (await cai.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);

        var edit = await cai.GetPageAsync($"/Coordinate/Edit?id={rosa}");
        Assert.NotNull(edit.Document.QuerySelector("#place-map[checked]"));
        Assert.Equal(cell.Center.Latitude.ToString(CultureInfo.InvariantCulture), edit.Document.QuerySelector("input[name='Input.Latitude']")!.GetAttribute("value"));
        await cai.SubmitAsync(edit, "main form[method=post]", new() { ["Input.Place"] = "Neighborhood", ["Input.NeighborhoodId"] = hood.ToString(CultureInfo.InvariantCulture) });
        var moved = await app.WithDbAsync(db => db.OfflineNeighbors.AsNoTracking().SingleAsync());
        Assert.Equal((hood, (int?)null), (moved.NeighborhoodId, moved.CellRow));
    }

    [Fact]
    public async Task The_map_chosen_without_a_spot_is_told_at_the_field_with_the_form_kept_and_nothing_saved()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var form = await cai.GetPageAsync("/Coordinate/Edit");

        var page = await cai.SubmitForPageAsync(form, "main form[method=post]", new()
        {
            ["Input.Name"] = "Rosa",
            ["Input.Place"] = "Map",
            ["Input.SpokenLanguages"] = "ar",
        });

        Assert.Contains("Click the map where they live, or choose a neighborhood.", page.Document.QuerySelector("[data-valmsg-for='Input.Place']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rosa", page.Document.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#place-map[checked]"));
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.SpokenLanguages'][value='ar'][checked]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.OfflineNeighbors.CountAsync()));
    }
}
