using System.Net;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: a stranger, or a neighbor who is not a steward, probes the address of a post the
// stewards hid, its report form and its Restore handler, to learn that the post exists or to bring it back; and
// an author whose post was hidden by reports reads the email hoping to learn who reported it.
public class HiddenPostProbeTests
{
    private const int MissingPost = 9999;

    [Fact]
    public async Task A_hidden_post_answers_a_non_steward_exactly_as_a_missing_post_does()
    {
        var (app, _, steward, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        await HideAsync(steward, postId);
        var ben = await app.SignedInAsync(Person.Ben);

        foreach (var probe in new[] { app.CreateBrowserClient(), ben })
        {
            var hidden = await probe.GetPageAsync($"/Posts/{postId}");
            var missing = await probe.GetPageAsync($"/Posts/{MissingPost}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.Response.StatusCode);
            Assert.Equal((missing.Response.StatusCode, missing.Document.Body!.TextContent), (hidden.Response.StatusCode, hidden.Document.Body!.TextContent));
        }
    }

    [Fact]
    public async Task The_report_form_of_a_hidden_post_answers_a_neighbor_as_for_a_missing_post()
    {
        var (app, _, steward, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        await HideAsync(steward, postId);
        var ben = await app.SignedInAsync(Person.Ben);

        var hidden = await ben.GetPageAsync($"/Report?postId={postId}");
        var missing = await ben.GetPageAsync($"/Report?postId={MissingPost}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.Response.StatusCode);
        Assert.DoesNotContain("Cheap phones", hidden.Text, StringComparison.Ordinal);
        Assert.Equal(WithoutTokens(missing.Text), WithoutTokens(hidden.Text));
    }

    [Fact]
    public async Task The_restore_handler_answers_a_non_steward_as_for_a_missing_post_and_changes_nothing()
    {
        var (app, ana, steward, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        await HideAsync(steward, postId);
        var ben = await app.SignedInAsync(Person.Ben);

        foreach (var probe in new[] { ben, ana })
        {
            var own = await probe.GetPageAsync("/Mine");
            var hidden = await probe.PostWithTokenOfAsync(own, $"/Posts/{postId}?handler=Restore", values: new() { ["reason"] = "Let me back" });
            var missing = await probe.PostWithTokenOfAsync(own, $"/Posts/{MissingPost}?handler=Restore", values: new() { ["reason"] = "Let me back" });
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            var token = TestContext.Current.CancellationToken;
            Assert.Equal(WithoutTokens(await missing.Content.ReadAsStringAsync(token)), WithoutTokens(await hidden.Content.ReadAsStringAsync(token)));
        }

        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(postId))!.Status);
    }

    [Fact]
    public async Task The_authors_email_about_an_automatic_hide_names_no_reporter_and_no_count()
    {
        var (app, _, _, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        var names = new[] { "Rosa Reporter", "Tomas Tattler", "Ulla Unnamed" };
        foreach (var name in names)
        {
            var email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.org";
            await app.AddNeighborAsync(email, name, TestData.BenHome);
            await (await app.SignedInClientAsync(email)).ReportPostAsync(postId, $"{name} says: scam");
        }

        await app.DeliverEmailAsync();

        var told = Assert.Single(app.Mail.To("ana@example.org"));
        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(postId))!.Status);
        // Links are left out: their random tokens may spell anything.
        var words = System.Text.RegularExpressions.Regex.Replace(told.Subject + told.TextBody + told.HtmlBody, "https?://[^\\s\"<]+", "");
        foreach (var leak in names.SelectMany(n => n.Split(' ')).Append("scam").Append("3").Append("three"))
        {
            Assert.DoesNotContain(leak, words, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Each response carries a fresh antiforgery token; everything else must match.
    private static string WithoutTokens(string html) => System.Text.RegularExpressions.Regex.Replace(html, "CfDJ8[A-Za-z0-9_-]+", "");

    private static async Task HideAsync(HttpClient steward, int postId)
    {
        await steward.ReportPostAsync(postId, "Selling");
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Selling, not sharing" }, "Hide");
    }
}
