using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// Stewards name categories and neighborhoods in each language: a refused name is explained at its
// field with what was typed kept, nothing is half-saved, and the log keeps the names as they were.
public class NameEditingTests
{
    private static async Task<(MutualAidApp App, HttpClient Ana)> StewardAsync()
    {
        var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.MakeStewardAsync("ana@example.org");
        return (app, await app.SignedInClientAsync("ana@example.org"));
    }

    private static async Task<HtmlPage> SaveAsync(HttpClient steward, string address, Dictionary<string, string> values) =>
        await steward.SubmitForPageAsync(await steward.GetPageAsync(address), "main form[method=post]:not(.inline-form)", values);

    private static string FieldError(HtmlPage page, string fieldId) =>
        page.Document.QuerySelector($"#{fieldId}")!.ParentElement!.QuerySelector(".field-error")?.TextContent.Trim() ?? "";

    private static string Value(HtmlPage page, string fieldId) => page.Document.QuerySelector($"#{fieldId}")!.GetAttribute("value") ?? "";

    [Fact]
    public async Task A_category_without_an_English_name_is_refused_at_the_field_keeping_the_Spanish_typed()
    {
        var (app, ana) = await StewardAsync();
        await using var _ = app;
        var before = await app.WithDbAsync(db => db.Categories.CountAsync());

        var page = await SaveAsync(ana, "/Moderation/Categories", new() { ["Input.Name"] = " ", ["Input.NameIn[es]"] = "Bicis" });

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.Equal("Give the category a name in English.", FieldError(page, "Input_Name"));
        Assert.Equal("Bicis", Value(page, "Input_NameIn_es_"));
        Assert.NotNull(page.Document.QuerySelector("#error-summary a[href='#Input_Name']"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task A_Spanish_name_another_category_reads_as_is_refused_at_the_Spanish_field()
    {
        var (app, ana) = await StewardAsync();
        await using var _ = app;

        var taken = await SaveAsync(ana, "/Moderation/Categories", new() { ["Input.Name"] = "Bikes", ["Input.NameIn[es]"] = "ropa" });
        var fallsBackOnTaken = await SaveAsync(ana, "/Moderation/Categories", new() { ["Input.Name"] = "Comidas", ["Input.NameIn[es]"] = "" });
        var tooLong = await SaveAsync(ana, "/Moderation/Categories", new() { ["Input.Name"] = "Bikes", ["Input.NameIn[es]"] = new string('b', 81) });

        Assert.Equal("There is already a category called “ropa” in Español.", FieldError(taken, "Input_NameIn_es_"));
        Assert.Equal("Bikes", Value(taken, "Input_Name"));
        Assert.Equal("ropa", Value(taken, "Input_NameIn_es_"));
        Assert.NotNull(taken.Document.QuerySelector("#error-summary a[href='#Input_NameIn_es_']"));
        Assert.Equal("There is already a category called “Comidas” in Español.", FieldError(fallsBackOnTaken, "Input_NameIn_es_"));
        Assert.Equal("Keep the name to 80 characters or fewer.", FieldError(tooLong, "Input_NameIn_es_"));
        Assert.False(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Name == "Bikes" || c.Name == "Comidas")));
    }

    [Fact]
    public async Task The_log_keeps_each_languages_names_as_they_were_before_and_after_later_renames()
    {
        var (app, ana) = await StewardAsync();
        await using var _ = app;
        var meals = await app.CategoryIdAsync("Meals");

        await SaveAsync(ana, $"/Moderation/Categories?edit={meals}", new() { ["Input.Name"] = "Hot meals", ["Input.NameIn[es]"] = "Comida caliente" });
        await SaveAsync(ana, $"/Moderation/Categories?edit={meals}", new() { ["Input.Name"] = "Warm meals", ["Input.NameIn[es]"] = "" });
        var added = await SaveAsync(ana, "/Moderation/Categories", new() { ["Input.Name"] = "Bikes", ["Input.NameIn[es]"] = "Bicis" });
        var log = (await ana.GetPageAsync("/Moderation")).Text;

        Assert.Equal("Category added.", added.Notice().Trim());
        Assert.Contains("Renamed category: Meals → Hot meals", log, StringComparison.Ordinal);
        Assert.Contains("Renamed category: Comidas → Comida caliente (Español)", log, StringComparison.Ordinal);
        Assert.Contains("Renamed category: Hot meals → Warm meals", log, StringComparison.Ordinal);
        Assert.Contains("Renamed category: Comida caliente → (none) (Español)", log, StringComparison.Ordinal);
        Assert.Contains("Added category: Bikes", log, StringComparison.Ordinal);
        Assert.Contains("Added category: Bicis (Español)", log, StringComparison.Ordinal);
        var shown = await app.CreateBrowserClient().Prefers("es").GetPageAsync("/");
        Assert.Contains("Warm meals", shown.Document.QuerySelector("#category")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_neighborhood_rename_is_logged_with_its_old_names_and_a_taken_name_is_refused_at_its_field()
    {
        var (app, ana) = await StewardAsync();
        await using var _ = app;
        var place = new Dictionary<string, string> { ["Input.Latitude"] = "40.42", ["Input.Longitude"] = "-3.7", ["Input.RadiusKm"] = "1.5" };
        await SaveAsync(ana, "/Moderation/Neighborhoods", new(place) { ["Input.Name"] = "Hilltop", ["Input.NameIn[es]"] = "Las Lomas" });
        var id = await app.WithDbAsync(db => db.Neighborhoods.Select(n => n.Id).SingleAsync());

        await SaveAsync(ana, $"/Moderation/Neighborhoods?edit={id}", new(place) { ["Input.Name"] = "High hill", ["Input.NameIn[es]"] = "El Alto" });
        var taken = await SaveAsync(ana, "/Moderation/Neighborhoods", new(place) { ["Input.Name"] = "Riverside", ["Input.NameIn[es]"] = "el alto" });
        var log = (await ana.GetPageAsync("/Moderation")).Text;

        Assert.Contains("Added neighborhood: Las Lomas (Español)", log, StringComparison.Ordinal);
        Assert.Contains("Edited neighborhood: Hilltop → High hill", log, StringComparison.Ordinal);
        Assert.Contains("Renamed neighborhood: Las Lomas → El Alto (Español)", log, StringComparison.Ordinal);
        Assert.Equal("There is already a neighborhood called “el alto” in Español.", FieldError(taken, "Input_NameIn_es_"));
        Assert.Equal("Riverside", Value(taken, "Input_Name"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Neighborhoods.CountAsync()));
    }
}
