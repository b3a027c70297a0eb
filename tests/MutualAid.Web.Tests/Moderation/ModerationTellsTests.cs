using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// Moderation tells the people it touches, and can be undone: the author hears why a post was
// hidden and still finds it; stewards open hidden posts and restore them, hear of new reports,
// and confirm before blocking.
public class ModerationTellsTests
{
    [Fact]
    public async Task The_author_is_emailed_the_stewards_reason_and_finds_the_post_hidden_on_their_page()
    {
        var (app, ana, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling, not sharing");
        var queue = await steward.GetPageAsync("/Moderation");
        await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = "This space is for sharing, not selling." }, "Hide");
        await app.DeliverEmailAsync();

        var email = Assert.Single(app.Mail.To("ana@example.org"), m => m.Subject == "Your post “Cheap phones, message me” is hidden");
        Assert.Contains("Why: This space is for sharing, not selling.", email.TextBody, StringComparison.Ordinal);
        EmailLanguage.AssertEnglish(email);
        var mine = (await ana.GetPageAsync("/Mine")).Document.QuerySelector(".hidden-note")?.TextContent ?? "";
        Assert.Contains("Hidden from other neighbors. Why: This space is for sharing, not selling.", mine, StringComparison.Ordinal);
        Assert.Equal((HideCause.Steward, "This space is for sharing, not selling."),
            await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => Read.Pair(p.HiddenBecause!.Value, p.HiddenNote!)).SingleAsync()));
    }

    [Fact]
    public async Task A_steward_opens_a_hidden_post_sees_why_and_restores_it_once()
    {
        var (app, ana, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling");
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Selling, not sharing" }, "Hide");

        var hidden = await steward.GetPageAsync($"/Posts/{postId}");
        Assert.Equal(HttpStatusCode.OK, hidden.Response.StatusCode);
        Assert.Contains("Why: Selling, not sharing", hidden.Document.QuerySelector("#hidden-banner")!.TextContent, StringComparison.Ordinal);
        var noReason = await HtmlForms.ParseAsync(await steward.SubmitAsync(hidden, "form[action*='handler=Restore']", new() { ["reason"] = " " }));
        Assert.Contains("Give a reason", noReason.Document.QuerySelector("#restore-reason-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(postId))!.Status);

        var restored = await HtmlForms.ParseAsync(await steward.SubmitAsync(hidden, "form[action*='handler=Restore']", new() { ["reason"] = "Talked with Ana" }));
        Assert.Contains("Restored.", restored.Notice(), StringComparison.Ordinal);
        Assert.Empty(restored.Document.QuerySelectorAll("form[action*='handler=Restore']"));
        Assert.Contains("Cheap phones", (await app.CreateBrowserClient().GetPageAsync("/")).Text, StringComparison.Ordinal);

        // Restoring again, from a page left open, is refused plainly.
        var again = await HtmlForms.ParseAsync(await steward.SubmitAsync(hidden, "form[action*='handler=Restore']", new() { ["reason"] = "Twice" }));
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Contains("This post is not hidden, so there is nothing to restore.", again.Notice(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.StewardActions.CountAsync(a => a.Kind == Web.Moderation.StewardActionKind.RestoredPost)));
        var log = await steward.GetPageAsync("/Moderation");
        Assert.NotNull(log.Document.QuerySelector($"table a[href='/Posts/{postId}']"));
    }

    [Fact]
    public async Task The_queue_offers_restore_only_for_hidden_posts_and_its_handler_refuses_others()
    {
        var (app, _, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling");
        var queue = await steward.GetPageAsync("/Moderation");
        Assert.Empty(queue.Document.QuerySelectorAll("main li form button[formaction*='handler=Restore']"));
        Assert.Single(queue.Document.QuerySelectorAll("main li form button[formaction*='handler=Hide']"));

        var forced = await HtmlForms.ParseAsync(await steward.PostWithTokenOfAsync(queue, "/Moderation?handler=Restore",
            values: new() { ["postId"] = $"{postId}", ["reason"] = "Just because" }));
        Assert.Equal(HttpStatusCode.OK, forced.Response.StatusCode);
        Assert.Equal("This post is not hidden, so there is nothing to restore.", forced.Notice());
        Assert.Equal(0, await app.WithDbAsync(db => db.StewardActions.CountAsync()));
    }

    [Fact]
    public async Task A_missing_reason_is_shown_at_the_reports_field_and_what_was_typed_stays()
    {
        var (app, _, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling");
        var queue = await steward.GetPageAsync("/Moderation");
        var reportId = queue.Document.QuerySelector("main li input[name=reportId]")!.GetAttribute("value");

        var tooLong = new string('x', 501);
        var page = await HtmlForms.ParseAsync(await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = tooLong }, "Dismiss"));
        var field = page.Document.QuerySelector($"#reason-{reportId}")!;
        Assert.Equal($"reason-{reportId}-error", field.GetAttribute("aria-describedby"));
        Assert.Contains("Give a reason of 1 to 500 characters", page.Document.QuerySelector($"#reason-{reportId}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, field.GetAttribute("value"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Reports.CountAsync(r => r.ResolvedAt == null)));
    }

    [Fact]
    public async Task Blocking_asks_first_showing_who_and_what_and_Block_looks_unlike_Dismiss()
    {
        var (app, _, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling");
        var queue = await steward.GetPageAsync("/Moderation");
        var block = queue.Document.QuerySelector("main li button[formaction='/Moderation/Block']")!;
        var dismiss = queue.Document.QuerySelector("main li button[formaction*='handler=Dismiss']")!;
        Assert.Equal(("button-danger", "link-button"), (block.ClassName, dismiss.ClassName));
        Assert.Equal(("Block the author…", "Dismiss the report, do nothing"), (block.TextContent.Trim(), dismiss.TextContent.Trim()));

        var confirmation = await HtmlForms.ParseAsync(await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = "Keeps selling" }, "Block"));
        Assert.Contains("Block Ana?", confirmation.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ana@example.org", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("Their 1 open post will be hidden.", confirmation.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.IsBlocked)));

        var noReason = await HtmlForms.ParseAsync(await steward.SubmitAsync(confirmation, "main form[method=post]", new() { ["Reason"] = "" }));
        Assert.NotNull(noReason.Document.QuerySelector("#block-reason-error"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.IsBlocked)));

        var done = await steward.BlockFromQueueAsync(queue, "Keeps selling");
        Assert.Equal("Ana is blocked. Their open posts are hidden.", done.Notice());
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ana@example.org" && u.IsBlocked)));
    }

    // Each row of the stewards' log links to what it mentions: the hidden post, the dismissed
    // report, the blocked neighbor.
    [Fact]
    public async Task The_log_links_to_the_post_the_report_and_the_neighbor_it_mentions()
    {
        var (app, ana, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await steward.ReportPostAsync(postId, "Selling");
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Selling, not sharing" }, "Hide");
        var secondPost = await app.PostThroughFormAsync(ana, "Offer", "Old phones, free");
        await steward.ReportPostAsync(secondPost, "Looks fine to me after all");
        var reportId = await app.WithDbAsync(db => db.Reports.Where(r => r.PostId == secondPost).Select(r => r.Id).SingleAsync());
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Giving is fine" }, "Dismiss");
        var thirdPost = await app.PostThroughFormAsync(ana, "Offer", "More phones, message me");
        await steward.ReportPostAsync(thirdPost, "Selling again");
        await steward.BlockFromQueueAsync(await steward.GetPageAsync("/Moderation"), "Keeps selling");
        var anaId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.Id).SingleAsync());

        var log = (await steward.GetPageAsync("/Moderation")).Document.QuerySelector("table.steward-log")!;
        Assert.NotNull(log.QuerySelector($"a[href='/Posts/{postId}']"));
        Assert.NotNull(log.QuerySelector($"a[href='/Moderation/Reports/{reportId}']"));
        Assert.NotNull(log.QuerySelector($"a[href='/Moderation/Neighbor?id={anaId}']"));
        Assert.Equal(HttpStatusCode.OK, (await steward.GetAsync($"/Moderation/Reports/{reportId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.GetAsync($"/Moderation/Neighbor?id={anaId}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Stewards_hear_of_new_reports_at_most_once_an_hour_and_nothing_is_lost()
    {
        var (app, _, steward, postId) = await ModerationTests.AppAsync();
        await using var _ = app;
        await app.AddNeighborAsync(Person.Ben);
        var ben = await app.SignedInClientAsync(Person.Ben.Email);
        await ben.ReportPostAsync(postId, "Ben thinks this is a scam");
        await app.DeliverEmailAsync();
        await ben.ReportPostAsync(postId, "Still a scam");
        await app.DeliverEmailAsync();

        var first = Assert.Single(app.Mail.To("sam@example.org"));
        Assert.Equal("A new report for the stewards", first.Subject);
        Assert.Contains("the post “Cheap phones, message me”", first.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", first.TextBody + first.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://mutualaid.example/Moderation", first.TextBody, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await app.DeliverEmailAsync();
        Assert.Equal(2, app.Mail.To("sam@example.org").Count);
        Assert.DoesNotContain(app.Mail.To("ana@example.org"), m => m.Subject!.Contains("report", StringComparison.Ordinal));
    }
}
