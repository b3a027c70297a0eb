using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// Signed-out pages are served from memory until something they show changes or half a minute
// passes. A change made behind the app's back (straight into the file) shows only when the copy
// expires, which is how these tests see that copies are served at all.
public class SignedOutPageCacheTests
{
    [Fact]
    public async Task Signed_out_pages_are_served_from_the_kept_copy_until_it_expires()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Fresh bread on Fridays");
        var stranger = app.CreateBrowserClient();
        var addresses = new[] { "/", $"/Posts/{postId}", "/?kind=Offer&q=bread" };
        foreach (var address in addresses)
        {
            Assert.Contains("Fresh bread on Fridays", (await stranger.GetPageAsync(address)).Html, StringComparison.Ordinal);
        }

        await app.RetitleBehindTheAppsBackAsync(postId, "Rye bread on Saturdays");

        foreach (var address in addresses)
        {
            Assert.Contains("Fresh bread on Fridays", (await stranger.GetPageAsync(address)).Html, StringComparison.Ordinal);
        }

        Assert.Contains("Rye bread on Saturdays", (await ana.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Rye bread on Saturdays", (await stranger.GetPageAsync("/?kind=Offer")).Text, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        foreach (var address in addresses)
        {
            Assert.Contains("Rye bread on Saturdays", (await stranger.GetPageAsync(address)).Html, StringComparison.Ordinal);
        }
    }

    // Bulk updates go around SaveChanges; the SQL they send still evicts.
    [Fact]
    public async Task A_bulk_update_of_a_post_or_a_display_name_shows_at_once()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Fresh bread on Fridays");
        var stranger = app.CreateBrowserClient();
        Assert.Contains("Ana", (await stranger.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Rye bread")));
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == Person.Ana.Email).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Anabel")));

        var page = await stranger.GetPageAsync($"/Posts/{postId}");
        Assert.Contains("Rye bread", page.Text, StringComparison.Ordinal);
        Assert.Contains("Anabel", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_has_its_own_copy()
    {
        await using var app = new MutualAidApp();
        Assert.Equal("en", (await app.CreateBrowserClient().GetPageAsync("/")).Document.DocumentElement.GetAttribute("lang"));

        var spanish = await app.CreateBrowserClient().Prefers("es").GetPageAsync("/");

        Assert.Equal("es", spanish.Document.DocumentElement.GetAttribute("lang"));
        EnglishWords.AssertNoneIn(spanish);
    }

    [Fact]
    public async Task A_signed_out_page_carries_no_token_or_cookie_and_its_visitor_still_switches_language()
    {
        await using var app = new MutualAidApp();
        var stranger = app.CreateBrowserClient();
        var home = await stranger.GetPageAsync("/?kind=Need");
        Assert.False(home.Response.Headers.Contains("Set-Cookie"), string.Join(" ", home.Response.Headers.Where(h => h.Key == "Set-Cookie").SelectMany(h => h.Value)));
        Assert.Empty(home.Document.QuerySelectorAll("input[name=__RequestVerificationToken]"));

        var switched = await stranger.PostWithTokenOfAsync(home, "/Language", values: new() { ["culture"] = "es", ["returnUrl"] = "/?kind=Need" });

        Assert.Equal("/?kind=Need", switched.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal("es", (await HtmlForms.ParseAsync(switched)).Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_language_switch_sent_from_another_site_is_refused()
    {
        await using var app = new MutualAidApp();
        var stranger = app.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await stranger.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("en", (await stranger.GetPageAsync("/")).Document.DocumentElement.GetAttribute("lang"));
    }

    // A forged form on another site, sent with the neighbor's cookies but without their token.
    [Fact]
    public async Task A_signed_in_neighbors_language_switch_needs_their_token_to_change_their_account()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var home = await ana.GetPageAsync("/");
        Assert.NotNull(home.Document.QuerySelector("form.language-choice input[name=__RequestVerificationToken]"));

        var forged = await ana.PostAsync(new Uri("/Language", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("en", await LanguageOfAsync(app, Person.Ana.Email));

        await ana.PostWithTokenOfAsync(home, "/Language", values: new() { ["culture"] = "es", ["returnUrl"] = "/" });
        Assert.Equal("es", await LanguageOfAsync(app, Person.Ana.Email));
    }

    private static Task<string> LanguageOfAsync(MutualAidApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync());
}
