using System.Net;
using AngleSharp.Dom;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class PostPermissionTests
{
    private static async Task<(MutualAidApp App, Post Post)> AppWithAnasNeedAsync()
    {
        var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        var post = await app.AddPostAsync(ana.Id, PostKind.Need, "Ride to the clinic", TestData.AnaHome);
        return (app, post);
    }

    [Fact]
    public async Task Another_neighbor_cannot_open_edit_renew_or_withdraw_a_post_and_nothing_changes()
    {
        var (app, post) = await AppWithAnasNeedAsync();
        await using var _ = app;
        var ben = await app.SignedInClientAsync("ben@example.org");
        var anas = await app.SignedInClientAsync("ana@example.org");
        var edit = await anas.GetPageAsync($"/Posts/{post.Id}/Edit");

        var editPage = await ben.GetAsync(new Uri($"/Posts/{post.Id}/Edit", UriKind.Relative), TestContext.Current.CancellationToken);
        var withdrawPage = await ben.GetAsync(new Uri($"/Posts/{post.Id}/Withdraw", UriKind.Relative), TestContext.Current.CancellationToken);
        var bensOwnForm = await ben.GetPageAsync("/Posts/New?kind=Need");
        var editPost = await ben.PostWithTokenOfAsync(bensOwnForm, $"/Posts/{post.Id}/Edit", edit, new() { ["Input.Title"] = "Hijacked" });
        var renew = await ben.PostWithTokenOfAsync(bensOwnForm, $"/Posts/{post.Id}?handler=Renew");
        var withdraw = await ben.PostWithTokenOfAsync(bensOwnForm, $"/Posts/{post.Id}?handler=Withdraw");

        Assert.Equal(HttpStatusCode.NotFound, editPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, renew.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        var after = await app.FindPostAsync(post.Id);
        Assert.Equal("Ride to the clinic", after!.Title);
        Assert.Equal(PostStatus.Open, after.Status);
        Assert.Equal(post.ExpiresAt, after.ExpiresAt);
    }

    [Fact]
    public async Task A_stranger_is_sent_to_log_in_for_edit_and_cannot_withdraw()
    {
        var (app, post) = await AppWithAnasNeedAsync();
        await using var _ = app;
        var stranger = app.CreateBrowserClient();
        var strangersView = await stranger.GetPageAsync($"/Posts/{post.Id}");
        var strangersForm = await stranger.GetPageAsync("/Identity/Account/Login");

        var edit = await stranger.GetPageAsync($"/Posts/{post.Id}/Edit");
        var withdraw = await stranger.PostWithTokenOfAsync(strangersForm, $"/Posts/{post.Id}?handler=Withdraw");

        Assert.Contains("/Identity/Account/Login", edit.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdraw", strangersView.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/Login", withdraw.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(post.Id))!.Status);
    }

    [Fact]
    public async Task The_author_can_edit_renew_and_withdraw_their_own_post()
    {
        var (app, post) = await AppWithAnasNeedAsync();
        await using var _ = app;
        var ana = await app.SignedInClientAsync("ana@example.org");

        var edit = await ana.GetPageAsync($"/Posts/{post.Id}/Edit");
        Assert.Equal("Ride to the clinic", edit.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        var edited = await ana.SubmitForPageAsync(edit, "form[method=post]:not(.inline-form)", new() { ["Input.Title"] = "Ride to the clinic on Friday" });
        Assert.Equal("Ride to the clinic on Friday", edited.Document.QuerySelector("h1")!.TextContent);

        // Renewing is offered in a post's last days.
        app.Clock.Advance(TimeSpan.FromDays(28));
        ana = await app.SignedInClientAsync("ana@example.org");
        var renewed = await ana.SubmitForPageAsync(await ana.GetPageAsync($"/Posts/{post.Id}"), "form[action*=Renew]", []);
        Assert.Contains("Renewed", renewed.Text, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(30), (await app.FindPostAsync(post.Id))!.ExpiresAt);

        var confirm = await ana.GetPageAsync($"/Posts/{post.Id}/Withdraw");
        Assert.Contains("cannot be opened again", confirm.Text, StringComparison.Ordinal);
        var withdrawn = await ana.SubmitForPageAsync(confirm, "form[action*=Withdraw]", []);
        Assert.Contains("Withdrawn", withdrawn.Text, StringComparison.Ordinal);
        var browse = await app.CreateBrowserClient().GetPageAsync("/");
        Assert.DoesNotContain("Ride to the clinic", browse.Text, StringComparison.Ordinal);
        var gone = await app.CreateBrowserClient().GetAsync(new Uri($"/Posts/{post.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Posting_needs_an_account()
    {
        await using var app = new MutualAidApp();

        var page = await app.CreateBrowserClient().GetPageAsync("/Posts/New?kind=Need");

        Assert.Equal("/Identity/Account/Login", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
