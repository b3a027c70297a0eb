using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A neighbor the stewards blocked keeps their session and tries every door still open: renewing
// an expired post (on its page or by the emailed link), accepting, fulfilling, thanking, sharing
// a note, reporting, answering, editing, posting. A blocked steward tries to keep moderating.
public partial class StewardBlockTests
{
    [Fact]
    public async Task A_blocked_neighbor_can_change_nothing_that_others_see_and_is_told_so_plainly()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.AddNeighborAsync(Person.Sam);
        await app.MakeStewardAsync("sam@example.org");
        var expiring = await app.PostThroughFormAsync(await app.SignedInClientAsync("ana@example.org"), "Need", "Ride to the clinic");
        await (await app.SignedInClientAsync("ben@example.org")).AnswerAsync(expiring, "I can drive you");
        var bensAnswer = await AnswerIdAsync(app, expiring);
        app.Clock.Advance(TimeSpan.FromDays(27) + TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        var renewLink = new Uri(RenewLink().Match(app.Mail.To("ana@example.org").Single(m => (m.Subject ?? "").EndsWith("closes in 3 days", StringComparison.Ordinal)).TextBody!).Value).PathAndQuery;
        app.Clock.Advance(TimeSpan.FromDays(4));
        await app.DeliverEmailAsync();
        var anaClient = await app.SignedInClientAsync("ana@example.org");
        var ben = await app.SignedInClientAsync("ben@example.org");
        var moving = await app.PostThroughFormAsync(ben, "Need", "Help moving a sofa");
        var drill = await app.PostThroughFormAsync(ben, "Need", "Lend me a drill");
        var soup = await app.PostThroughFormAsync(ben, "Need", "Soup for a sick household");
        foreach (var post in new[] { moving, drill })
        {
            await anaClient.AnswerAsync(post, "I can");
            await ben.PressAsync(post, "Accept", await AnswerIdAsync(app, post));
        }

        await ben.PressAsync(drill, "Fulfil");
        var bensPage = await ben.GetPageAsync($"/Posts/{drill}");
        await ben.SubmitAsync(bensPage, "form[action*='handler=Thank']", new() { ["Message"] = "Gracias, Ana", ["sharePublicly"] = "true" });
        await BlockAsync(app, "sam@example.org", ana.Id);
        var before = await SnapshotAsync(app);

        var answers = new List<HtmlPage>
        {
            await anaClient.PressAsync(expiring, "Renew"),
            await HtmlForms.ParseAsync(await anaClient.PostWithTokenOfAsync(await anaClient.GetPageAsync($"/Posts/{expiring}"), $"/Posts/{expiring}?handler=Accept&answerId={bensAnswer}")),
            await anaClient.SubmitForPageAsync(await anaClient.GetPageAsync(renewLink), "main form", []),
            await anaClient.PressAsync(moving, "Fulfil"),
            await HtmlForms.ParseAsync(await anaClient.SubmitAsync(await anaClient.GetPageAsync($"/Posts/{drill}"), "form[action*='handler=Thank']", new() { ["Message"] = "Gracias a ti" })),
            await anaClient.PressAsync(drill, "ShareThanks"),
            await anaClient.SubmitForPageAsync(await anaClient.GetPageAsync($"/Report?postId={soup}"), "main form", new() { ["Input.Reason"] = "Spam" }),
            await anaClient.AnswerAsync(soup, "I can"),
            await anaClient.SubmitForPageAsync(await anaClient.GetPageAsync($"/Posts/{expiring}/Edit"), "main form[method=post]", new() { ["Input.Title"] = "Ride, please" }),
            await app.SubmitNewPostAsync(anaClient, "Need", "Another post"),
        };

        Assert.Equal(before, await SnapshotAsync(app));
        Assert.All(answers, page => Assert.True((int)page.Response.StatusCode < 500, page.Response.RequestMessage!.RequestUri!.ToString()));
        Assert.All(answers, page => Assert.Contains("Your account is blocked", page.Text, StringComparison.Ordinal));
        Assert.Equal(PostStatus.Expired, (await app.FindPostAsync(expiring))!.Status);
    }

    [Fact]
    public async Task A_blocked_steward_loses_moderation_at_once_even_with_the_session_they_had()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Sam);
        var tess = await app.AddNeighborAsync("tess@example.org", "Tess", TestData.AnaHome);
        await app.MakeStewardAsync("sam@example.org");
        await app.MakeStewardAsync("tess@example.org");
        var tessClient = await app.SignedInClientAsync("tess@example.org");
        var tessQueue = await tessClient.GetPageAsync("/Moderation");
        Assert.Equal("/Moderation", tessQueue.Response.RequestMessage!.RequestUri!.AbsolutePath);

        await BlockAsync(app, "sam@example.org", tess.Id);
        var again = await tessClient.GetPageAsync("/Moderation");
        var hide = await tessClient.PostWithTokenOfAsync(tessQueue, "/Moderation/Stewards", values: new() { ["email"] = "tess@example.org", ["reason"] = "back" });
        var stewards = await (await app.SignedInClientAsync("sam@example.org")).GetPageAsync("/Moderation/Stewards");

        Assert.Equal("/Identity/Account/AccessDenied", again.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Identity/Account/AccessDenied", hide.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("tess@example.org", stewards.Text, StringComparison.Ordinal);
        var relogged = await app.SignedInClientAsync("tess@example.org");
        Assert.Equal("/Identity/Account/AccessDenied", (await relogged.GetPageAsync("/Moderation")).Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    // A steward reports the neighbor, then blocks them from the queue, as the moderation page offers.
    internal static async Task BlockAsync(MutualAidApp app, string stewardEmail, string neighborId, string reason = "Harassing people")
    {
        var steward = await app.SignedInClientAsync(stewardEmail);
        await steward.SubmitAsync(await steward.GetPageAsync($"/Report?neighborId={neighborId}"), "main form", new() { ["Input.Reason"] = reason });
        var queue = await steward.GetPageAsync("/Moderation");
        await steward.BlockFromQueueAsync(queue, reason);
    }

    private static Task<string> AnswerIdAsync(MutualAidApp app, int postId) =>
        app.WithDbAsync(async db => (await db.Answers.Where(a => a.PostId == postId).Select(a => a.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture));

    private static Task<string> SnapshotAsync(MutualAidApp app) => app.WithDbAsync(async db =>
    {
        var posts = await db.Posts.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Status}:{p.Version}:{p.ExpiresAt:O}").ToListAsync();
        var answers = await db.Answers.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Status}").ToListAsync();
        var notes = await db.ThankYous.OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.WriterAgreesPublic}:{t.ReaderAgreesPublic}").ToListAsync();
        return string.Join("|", posts.Concat(answers).Concat(notes).Append($"{await db.Reports.CountAsync()}"));
    });

    [GeneratedRegex(@"https://mutualaid\.example/Posts/\d+/Renew\?token=\S+")]
    private static partial Regex RenewLink();
}
