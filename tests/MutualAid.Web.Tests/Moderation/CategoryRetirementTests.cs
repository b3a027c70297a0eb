using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// A steward retires a category (gone from every form, kept on its posts), brings it back, or
// merges it into another (its posts and helpers move; it cannot be undone, so it asks first).
public class CategoryRetirementTests
{
    private static async Task<(MutualAidApp App, HttpClient Steward, HttpClient Ben)> SiteAsync()
    {
        var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.MakeStewardAsync("ana@example.org");
        return (app, await app.SignedInClientAsync("ana@example.org"), await app.SignedInClientAsync("ben@example.org"));
    }

    // Presses the button a steward reads, such as "Retire “Pet care”".
    private static async Task<HtmlPage> PressAsync(HttpClient steward, string button)
    {
        var page = await steward.GetPageAsync("/Moderation/Categories");
        var form = page.Document.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.Trim() == button);
        return await HtmlForms.ParseAsync(await steward.PostWithTokenOfAsync(page, form.GetAttribute("action")!));
    }

    private static async Task<IReadOnlyList<string>> OptionsAsync(HttpClient client, string address, string selector) =>
        [.. (await client.GetPageAsync(address)).Document.QuerySelectorAll(selector).Select(o => o.TextContent.Trim())];

    private static string FieldError(HtmlPage page, string fieldId) =>
        page.Document.QuerySelector($"#{fieldId}")!.ParentElement!.QuerySelector(".field-error")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_retired_category_leaves_every_form_and_stays_on_the_posts_that_have_it()
    {
        var (app, ana, ben) = await SiteAsync();
        await using var _ = app;
        var post = await app.PostThroughFormAsync(ben, "Need", "Walks for my old dog", category: "Pet care");

        var retired = await PressAsync(ana, "Retire “Pet care”");

        Assert.StartsWith("Category retired.", retired.Notice().Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Pet care", await OptionsAsync(ben, "/Posts/New?kind=Need", "#Input_CategoryId option"));
        Assert.DoesNotContain("Pet care", await OptionsAsync(ben, "/Profile/Helping", "main label"));
        Assert.DoesNotContain("Pet care", await OptionsAsync(ben, "/", "#category option"));
        Assert.Contains("Pet care", (await ben.GetPageAsync($"/Posts/{post}")).Text, StringComparison.Ordinal);
        Assert.Contains("Walks for my old dog", (await ben.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Retired category: Pet care", (await ana.GetPageAsync("/Moderation")).Text, StringComparison.Ordinal);

        // Its author can still edit the post, which keeps its category.
        var edit = await ben.GetPageAsync($"/Posts/{post}/Edit");
        Assert.Equal("Pet care", edit.Document.QuerySelector("#Input_CategoryId option[selected]")?.TextContent.Trim());
        await ben.SubmitAsync(edit, "main form[method=post]:not(.inline-form)", new() { ["Input.Title"] = "Walks for my dog" });
        Assert.Equal(("Walks for my dog", await app.CategoryIdAsync("Pet care")), await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post).Select(p => Read.Pair(p.Title, p.CategoryId)).FirstAsync()));

        // A new post that names it anyway is refused at the field, and nothing is saved.
        var crafted = await app.SubmitNewPostAsync(ben, "Need", "Cat sitting", category: "Pet care");
        Assert.Equal("Choose a category from the list.", FieldError(crafted, "Input_CategoryId"));
        Assert.False(await app.WithDbAsync(db => db.Posts.AnyAsync(p => p.Title == "Cat sitting")));

        var back = await PressAsync(ana, "Bring back “Pet care”");
        Assert.Equal("Category brought back.", back.Notice().Trim());
        Assert.Contains("Pet care", await OptionsAsync(ben, "/Posts/New?kind=Need", "#Input_CategoryId option"));
        Assert.Contains("Brought back category: Pet care", (await ana.GetPageAsync("/Moderation")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_asks_where_to_then_moves_the_posts_and_the_helpers_and_retires_the_category()
    {
        var (app, ana, ben) = await SiteAsync();
        await using var _ = app;
        await app.AddNeighborAsync(Person.Cai);
        var cai = await app.SignedInClientAsync("cai@example.org");
        await app.SayCanHelpAsync(cai, "Pet care", 5);
        var post = await app.PostThroughFormAsync(ben, "Need", "Walks for my old dog", category: "Pet care");
        var petCare = await app.CategoryIdAsync("Pet care");
        var other = await app.CategoryIdAsync("Other");

        var asked = await ana.GetPageAsync($"/Moderation/Categories?merge={petCare}");
        Assert.Contains("Its 1 posts move to the category you choose", asked.Text, StringComparison.Ordinal);
        var unchosen = await ana.SubmitForPageAsync(asked, "form[action*='handler=Merge']", []);
        Assert.Equal("Choose the category its posts move to.", FieldError(unchosen, "MergeInto"));
        Assert.NotNull(unchosen.Document.QuerySelector("#error-summary a[href='#MergeInto']"));
        Assert.Equal(petCare, (await app.FindPostAsync(post))!.CategoryId);

        var merged = await ana.SubmitForPageAsync(asked, "form[action*='handler=Merge']", new() { ["MergeInto"] = other.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal("“Pet care” is merged into “Other”: 1 posts moved.", merged.Notice().Trim());
        Assert.Equal(other, (await app.FindPostAsync(post))!.CategoryId);
        Assert.Equal([other], await app.WithDbAsync(db => db.Users.Where(u => u.Email == "cai@example.org").Select(u => u.HelpCategoryIds).FirstAsync()));
        Assert.True(await app.WithDbAsync(db => db.Categories.Where(c => c.Id == petCare).Select(c => c.RetiredAt != null).FirstAsync()));
        Assert.Contains("Merged categories: Pet care → Other", (await ana.GetPageAsync("/Moderation")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_into_itself_or_into_a_retired_category_is_refused_and_moves_nothing()
    {
        var (app, ana, ben) = await SiteAsync();
        await using var _ = app;
        var post = await app.PostThroughFormAsync(ben, "Need", "Walks for my old dog", category: "Pet care");
        var petCare = await app.CategoryIdAsync("Pet care");
        await PressAsync(ana, "Retire “Clothing”");
        var page = await ana.GetPageAsync($"/Moderation/Categories?merge={petCare}");

        foreach (var into in new[] { petCare, await app.CategoryIdAsync("Clothing"), 9999 })
        {
            var refused = await HtmlForms.ParseAsync(await ana.PostWithTokenOfAsync(page, $"/Moderation/Categories?handler=Merge&id={petCare}",
                values: new() { ["MergeInto"] = into.ToString(CultureInfo.InvariantCulture) }));
            Assert.Equal("Choose the category its posts move to.", FieldError(refused, "MergeInto"));
        }

        Assert.Equal(petCare, (await app.FindPostAsync(post))!.CategoryId);
        Assert.False(await app.WithDbAsync(db => db.Categories.Where(c => c.Id == petCare).Select(c => c.RetiredAt != null).FirstAsync()));
        Assert.Equal(404, (int)(await ana.PostWithTokenOfAsync(page, "/Moderation/Categories?handler=Merge&id=9999", values: new() { ["MergeInto"] = "1" })).StatusCode);
    }

    [Fact]
    public async Task The_neighborhood_form_offers_a_map_to_place_its_center_and_still_works_by_typing()
    {
        var (app, ana, _) = await SiteAsync();
        await using var __ = app;

        var page = await ana.GetPageAsync("/Moderation/Neighborhoods");
        var map = page.Document.QuerySelector("form #neighborhood-map[data-map=pick]");

        Assert.NotNull(map);
        Assert.Equal("Input.Latitude", map!.GetAttribute("data-lat-input"));
        Assert.NotNull(page.Document.QuerySelector("form input[name='Input.Latitude'][type=number]"));
        Assert.NotNull(page.Document.QuerySelector("script[src^='/js/map.']"));
    }
}
