using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Security;

namespace MutualAid.Web.Tests.Pages;

public class WordSearchTests
{
    private static List<string> Titles(HtmlPage page) =>
        page.Document.QuerySelectorAll(".post-card h2").Select(h => h.TextContent.Trim()).ToList();

    private static async Task<List<string>> SearchAsync(HttpClient client, string words) =>
        Titles(await client.GetPageAsync("/?q=" + Uri.EscapeDataString(words)));

    // What the full-text index holds for a word, read directly: a stale row would hide behind the
    // status filter on the list, so the index itself is checked too.
    private static Task<List<int>> IndexedAsync(MutualAidApp app, string word) =>
        app.WithDbAsync(db => PostWords.Matching(db, word)!.ToListAsync());

    [Fact]
    public async Task Words_are_found_in_title_or_details_whatever_their_accents_case_or_ending()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddPostAsync(ana.Id, PostKind.Need, "Ropa para niños", TestData.AnaHome, "Clothing", "Talla 6, abrigos de invierno");
        await app.AddPostAsync(ana.Id, PostKind.Offer, "Bike repairs", TestData.AnaHome, "Skills & repairs", "Chains, brakes and punctures");
        await app.AddPostAsync(ana.Id, PostKind.Need, "Ride to the clinic", TestData.AnaHome, "Rides & errands", "On Tuesday morning");
        var client = app.CreateBrowserClient();

        Assert.Equal(["Ropa para niños"], await SearchAsync(client, "ninos"));
        Assert.Equal(["Ropa para niños"], await SearchAsync(client, "NIÑOS invierno"));
        Assert.Equal(["Bike repairs"], await SearchAsync(client, "brake"));
        Assert.Equal(["Bike repairs"], await SearchAsync(client, "bik punctures"));
        Assert.Equal(["Ride to the clinic"], await SearchAsync(client, "tuesday"));
        Assert.Empty(await SearchAsync(client, "bike tuesday"));
        Assert.Empty(await SearchAsync(client, "ike"));
    }

    [Fact]
    public async Task The_index_follows_a_post_through_create_edit_withdraw_hide_and_restore()
    {
        var (app, ana, steward, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        var visitor = app.CreateBrowserClient();
        Assert.Equal(["Cheap phones, message me"], await SearchAsync(visitor, "phones"));

        await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{postId}/Edit"), "main form[method=post]",
            new() { ["Input.Title"] = "Spare laptops", ["Input.Details"] = "Two old laptops" });
        Assert.Empty(await SearchAsync(visitor, "phones"));
        Assert.Empty(await IndexedAsync(app, "phones"));
        Assert.Equal(["Spare laptops"], await SearchAsync(visitor, "laptops"));

        await steward.ReportPostAsync(postId, "Selling");
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Selling, not sharing" }, "Hide");
        Assert.Empty(await SearchAsync(visitor, "laptops"));
        Assert.Empty(await IndexedAsync(app, "laptops"));

        await steward.SubmitAsync(await steward.GetPageAsync($"/Posts/{postId}"), "form[action*='handler=Restore']", new() { ["reason"] = "Checked" });
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        Assert.Equal(["Spare laptops"], await SearchAsync(visitor, "laptops"));

        await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{postId}/Withdraw"), "form[action*='handler=Withdraw']", new());
        Assert.Equal(PostStatus.Withdrawn, (await app.FindPostAsync(postId))!.Status);
        Assert.Empty(await SearchAsync(visitor, "laptops"));
        Assert.Empty(await IndexedAsync(app, "laptops"));
    }

    [Fact]
    public async Task A_deleted_post_leaves_the_index()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        var post = await app.AddPostAsync(ana.Id, PostKind.Offer, "Garden tools to lend", TestData.AnaHome);

        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteDeleteAsync());

        Assert.Empty(await IndexedAsync(app, "garden"));
    }

    private static readonly string[] NastyWords =
    [
        "\"", "\"\"", "\"phones", "*", "phones*", "**", "^phones", "NEAR(phones cheap)", "NEAR", "phones NEAR/2 cheap", "AND", "OR", "NOT",
        "phones OR", "NOT phones", "phones AND NOT", "title:phones", "Title:phones", "rowid:1", "{Title Details}:x", "(", ")", "(phones",
        "-phones", "+phones", "'", "';--", "%", "_", "\\", "\0", "\u0001", ":", ".", ",", "phones\"*\"", "🧡", "ℌ𝔢𝔩𝔩𝔬", "電話", "телефоны",
        "هاتف", "n\u0303", "\u0303", "Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́", "\ud800", "a b c d e f g h i j k l m n o p",
        new string('x', 5_000), string.Concat(Enumerable.Repeat("phones ", 700)), string.Concat(Enumerable.Repeat("\"a\" ", 300)),
    ];

    // Searches only read, so one app answers every word: an app of its own per word cost a start-up
    // and two sign-ups each and checked nothing more.
    [Fact]
    public async Task No_words_end_in_an_error()
    {
        var (app, _, _, _) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;

        foreach (var words in NastyWords)
        {
            foreach (var path in new[] { "/", "/Map" })
            {
                var response = await app.CreateBrowserClient().GetAsync(path + "?q=" + Uri.EscapeDataString(words), TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} on {path} for {words[..Math.Min(words.Length, 40)]}");
            }
        }
    }

    [Fact]
    public async Task Random_hostile_words_never_end_in_an_error()
    {
        var (app, _, _, _) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        var client = app.CreateBrowserClient();
        var hostile = new HostileInput(11);

        for (var i = 0; i < 40; i++)
        {
            var words = hostile.Next();
            var response = await client.GetAsync("/?sort=Nearest&q=" + Uri.EscapeDataString(words[..Math.Min(words.Length, 3000)]), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, string.Create(CultureInfo.InvariantCulture, $"{response.StatusCode} for {words.Length} characters"));
        }
    }
}
