using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

public class ModerationTests
{
    internal static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Steward, int PostId)> AppAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new MutualAidApp(settings: settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Cheap phones, message me");
        return (app, ana, steward, postId);
    }

    private static async Task ReportAsync(HttpClient client, int postId, string reason)
    {
        var form = await client.GetPageAsync($"/Report?postId={postId}");
        await client.SubmitAsync(form, "main form", new() { ["Input.Reason"] = reason });
    }

    [Fact]
    public async Task A_post_reported_by_three_neighbors_is_hidden_until_a_steward_restores_it()
    {
        var (app, ana, steward, postId) = await AppAsync();
        await using var _ = app;
        var reporters = new List<HttpClient>();
        for (var i = 0; i < 3; i++)
        {
            await app.AddNeighborAsync($"r{i}@example.org", $"Reporter {i}", TestData.BenHome);
            reporters.Add(await app.SignedInClientAsync($"r{i}@example.org"));
        }

        await ReportAsync(reporters[0], postId, "Looks like a scam");
        await ReportAsync(reporters[0], postId, "Really a scam");
        await ReportAsync(reporters[1], postId, "Scam");
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        await ReportAsync(reporters[2], postId, "Scam again");

        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(postId))!.Status);
        Assert.DoesNotContain("Cheap phones", (await app.CreateBrowserClient().GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Hidden after reports", (await ana.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);

        var queue = await steward.GetPageAsync("/Moderation");
        Assert.Contains("Looks like a scam", queue.Text, StringComparison.Ordinal);
        await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = "Checked with Ana: real phones" }, "Restore");

        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        var log = await steward.GetPageAsync("/Moderation");
        Assert.Contains("Restored post", log.Text, StringComparison.Ordinal);
        Assert.Contains("Checked with Ana: real phones", log.Text, StringComparison.Ordinal);
        Assert.Contains("Hid automatically", log.Text, StringComparison.Ordinal);
        Assert.Contains("No open reports", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_steward_hides_a_post_with_a_reason_the_author_sees()
    {
        var (app, ana, steward, postId) = await AppAsync();
        await using var _ = app;
        await ReportAsync(steward, postId, "Selling, not sharing");

        var queue = await steward.GetPageAsync("/Moderation");
        await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = "This space is for sharing, not selling." }, "Hide");

        Assert.Contains("This space is for sharing, not selling.", (await ana.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
        var stranger = await app.CreateBrowserClient().GetAsync(new Uri($"/Posts/{postId}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_blocked_account_can_log_in_but_not_post_or_answer_and_its_posts_are_hidden()
    {
        var (app, ana, steward, postId) = await AppAsync();
        await using var _ = app;
        var ben = await app.SignedInAsync(Person.Ben);
        var bensPost = await app.PostThroughFormAsync(ben, "Need", "Help with groceries");
        var anaId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.Id).SingleAsync());
        var form = await steward.GetPageAsync($"/Report?neighborId={anaId}");
        await steward.SubmitAsync(form, "main form", new() { ["Input.Reason"] = "Harassing people" });

        var queue = await steward.GetPageAsync("/Moderation");
        await steward.BlockFromQueueAsync(queue, "Harassment reported by several people");

        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(postId))!.Status);
        var again = await app.SignedInClientAsync("ana@example.org");
        var refused = await app.SubmitNewPostAsync(again, "Need", "Another post");
        Assert.Contains("Your account is blocked", refused.Text, StringComparison.Ordinal);
        var answer = await again.AnswerAsync(bensPost, "I can");
        Assert.Contains("Your account is blocked", answer.Notice(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.CountAsync(p => p.AuthorId == anaId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Neighbors_who_block_each_other_never_see_answer_or_match_each_other()
    {
        var (app, ana, _, postId) = await AppAsync();
        await using var _ = app;
        var ben = await app.SignedInAsync(Person.Ben);
        var page = await ben.GetPageAsync($"/Posts/{postId}");
        await ben.SubmitAsync(page, "form[action*='handler=BlockAuthor']", []);

        var bensNeed = await app.PostThroughFormAsync(ben, "Need", "Need cheap phones", "Meals");
        var anasBrowse = await ana.GetPageAsync("/");
        var bensBrowse = await ben.GetPageAsync("/");
        var anaSeesBen = await ana.GetAsync(new Uri($"/Posts/{bensNeed}", UriKind.Relative), TestContext.Current.CancellationToken);
        var anasPage = await ana.GetPageAsync($"/Posts/{postId}");
        var answer = await ana.PostWithTokenOfAsync(anasPage, $"/Posts/{bensNeed}?handler=Answer", values: new() { ["Message"] = "hi" });

        Assert.DoesNotContain("Need cheap phones", anasBrowse.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cheap phones, message me", bensBrowse.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, anaSeesBen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Matches.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Answers.CountAsync()));
    }
}
