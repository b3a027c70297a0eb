using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Repeating a change until it tells something or wears someone down: editing a radius in small
// steps to learn a distance, reporting, thanking, renewing to stay on top, blocking, moving home.
// Each has its own allowance; beyond it the neighbor sees "too many tries" and nothing changes.
public class ActionLimitTests
{
    public static TheoryData<string, string> Actions => new()
    {
        { "Edit", "EditsPerNeighborPerHour" },
        { "Report", "ReportsPerNeighborPerDay" },
        { "Thank", "ThanksPerNeighborPerHour" },
        { "Renew", "RenewalsPerNeighborPerHour" },
        { "RenewLink", "RenewalsPerNeighborPerHour" },
        { "Block", "BlocksPerNeighborPerHour" },
        { "Profile", "OtherChangesPerNeighborPerHour" },
        { "Decline", "OtherChangesPerNeighborPerHour" },
        { "New", "PostsPerNeighborPerHour" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Beyond_its_limit_a_change_gets_the_too_many_tries_page_and_changes_nothing(string action, string setting)
    {
        await using var app = new MutualAidApp(settings: new() { [$"RateLimits:{setting}"] = "1" });
        var cai = await app.AddNeighborAsync(Person.Cai);
        var ben = await app.AddNeighborAsync(Person.Ben);
        var ana = await app.SignedInAsync(Person.Ana);
        var benClient = await app.SignedInClientAsync("ben@example.org");
        var caiClient = await app.SignedInClientAsync("cai@example.org");
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var caisPost = await app.PostThroughFormAsync(caiClient, "Offer", "Spare bread");
        await benClient.AnswerAsync(post, "I can");
        await caiClient.AnswerAsync(post, "Me too");
        if (action == "Thank")
        {
            await ana.PressAsync(post, "Accept", await AnswerIdAsync(app, ben.Id));
            await ana.PressAsync(post, "Fulfil");
        }

        var renewLink = $"/Posts/{post}/Renew?token={Uri.EscapeDataString(await app.WithServiceAsync<RenewTokens, string>(t => Task.FromResult(t.For(post))))}";
        var stranger = app.CreateBrowserClient();
        async Task<HttpResponseMessage> AttemptAsync(int n) => action switch
        {
            "Edit" => await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{post}/Edit"), "main form[method=post]", new() { ["Input.RadiusKm"] = (3 + n).ToString(CultureInfo.InvariantCulture) }),
            "Report" => await benClient.SubmitAsync(await benClient.GetPageAsync($"/Report?postId={post}"), "main form", new() { ["Input.Reason"] = $"Odd {n}" }),
            "Thank" => await ana.PostWithTokenOfAsync(await ana.GetPageAsync($"/Posts/{post}"), $"/Posts/{post}?handler=Thank", values: new() { ["toId"] = ben.Id, ["Message"] = $"Thanks {n}" }),
            // A new post is not offered Renew, but the request is still counted before it is refused.
            "Renew" => await ana.PostWithTokenOfAsync(await ana.GetPageAsync($"/Posts/{post}"), $"/Posts/{post}?handler=Renew"),
            "RenewLink" => await stranger.PostWithTokenOfAsync(await stranger.GetPageAsync(renewLink), renewLink),
            "Block" => (await benClient.PressAsync(n == 0 ? post : caisPost, "BlockAuthor")).Response,
            "Profile" => await ana.SubmitAsync(await ana.GetPageAsync("/Profile"), "main form[method=post]", new() { ["Input.DisplayName"] = $"Ana {n}" }),
            "Decline" => (await ana.PressAsync(post, "Decline", await AnswerIdAsync(app, n == 0 ? ben.Id : cai.Id))).Response,
            _ => await benClient.SubmitAsync(await benClient.GetPageAsync("/Posts/New?kind=Need"), "main form[method=post]", new() { ["Input.Title"] = $"Spare soup {n}", ["Input.Urgency"] = "Whenever" }),
        };

        var first = await AttemptAsync(0);
        var before = await SnapshotAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var second = await AttemptAsync(1);

        Assert.True(first.IsSuccessStatusCode, $"The first {action} answered {first.StatusCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Too many tries", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Theory]
    [InlineData("EditsPerNeighborPerHour")]
    [InlineData("ReportsPerNeighborPerDay")]
    [InlineData("ThanksPerNeighborPerHour")]
    [InlineData("RenewalsPerNeighborPerHour")]
    [InlineData("BlocksPerNeighborPerHour")]
    [InlineData("OtherChangesPerNeighborPerHour")]
    public async Task A_limit_of_zero_stops_the_app_at_start_up_naming_the_setting(string setting)
    {
        await using var app = new MutualAidApp(settings: new() { [$"RateLimits:{setting}"] = "0" });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(setting, failure.ToString(), StringComparison.Ordinal);
    }

    private static Task<string> AnswerIdAsync(MutualAidApp app, string neighborId) =>
        app.WithDbAsync(async db => (await db.Answers.Where(a => a.NeighborId == neighborId).Select(a => a.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture));

    private static Task<string> SnapshotAsync(MutualAidApp app) => app.WithDbAsync(async db =>
    {
        var posts = await db.Posts.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Status}:{p.Version}:{p.RadiusKm}:{p.ExpiresAt:O}").ToListAsync();
        var answers = await db.Answers.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Status}").ToListAsync();
        var people = await db.Users.OrderBy(u => u.Id).Select(u => $"{u.DisplayName}:{u.RadiusKm}").ToListAsync();
        var others = $"{await db.Reports.CountAsync()}:{await db.NeighborBlocks.CountAsync()}:{await db.ThankYous.CountAsync()}";
        return string.Join("|", posts.Concat(answers).Concat(people).Append(others));
    });
}
