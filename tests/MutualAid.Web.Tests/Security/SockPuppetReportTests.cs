using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Someone makes a few accounts and reports a neighbor's post until it disappears: three reports
// hide a post before any steward has looked. Accounts in their new-account period do not count,
// the same reporters cannot hide a post again once a steward has restored it, and one neighbor
// can only send so many reports a day. Every report still reaches the stewards.
public class SockPuppetReportTests
{
    private static async Task<(HttpClient Ana, int Post)> VictimAsync(MutualAidApp app)
    {
        app.Clock.Advance(TimeSpan.FromDays(30));
        var ana = await app.SignedInAsync(Person.Ana);
        return (ana, await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic"));
    }

    private static async Task<List<HttpClient>> AccountsAsync(MutualAidApp app, string prefix, int count)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < count; i++)
        {
            await app.AddNeighborAsync($"{prefix}{i}@example.org", $"{prefix} {i}", TestData.BenHome);
            clients.Add(await app.SignedInClientAsync($"{prefix}{i}@example.org"));
        }

        return clients;
    }

    private static async Task<HttpResponseMessage> ReportAsync(HttpClient client, int post, string reason) =>
        await client.SubmitAsync(await client.GetPageAsync($"/Report?postId={post}"), "main form", new() { ["Input.Reason"] = reason });

    private static async Task<bool> ShownToStrangersAsync(MutualAidApp app, int post) =>
        (await app.CreateBrowserClient().GetAsync(new Uri($"/Posts/{post}", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task Accounts_made_today_cannot_hide_a_neighbors_post_but_the_stewards_see_their_reports()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:NewAccountHours"] = "24" });
        var (_, post) = await VictimAsync(app);
        await app.AddNeighborAsync(Person.Sam);
        await app.MakeStewardAsync("sam@example.org");
        var puppets = await AccountsAsync(app, "puppet", 4);

        foreach (var puppet in puppets)
        {
            await ReportAsync(puppet, post, "Scam, take it down");
        }

        Assert.True(await ShownToStrangersAsync(app, post));
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(post))!.Status);
        var queue = await (await app.SignedInClientAsync("sam@example.org")).GetPageAsync("/Moderation");
        Assert.Contains("Scam, take it down", queue.Text, StringComparison.Ordinal);

        // Past their first day, the same accounts are neighbors like any other.
        app.Clock.Advance(TimeSpan.FromHours(25));
        foreach (var puppet in puppets.Take(3))
        {
            await ReportAsync(puppet, post, "Still a scam");
        }

        Assert.Equal(PostStatus.Hidden, (await app.FindPostAsync(post))!.Status);
    }

    [Fact]
    public async Task Once_a_steward_restores_a_post_the_same_reporters_cannot_hide_it_again()
    {
        await using var app = new MutualAidApp();
        var (_, post) = await VictimAsync(app);
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var reporters = await AccountsAsync(app, "reporter", 3);
        foreach (var reporter in reporters)
        {
            await ReportAsync(reporter, post, "Scam");
        }

        Assert.False(await ShownToStrangersAsync(app, post));
        await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Checked: a real need" }, "Restore");
        Assert.True(await ShownToStrangersAsync(app, post));

        app.Clock.Advance(TimeSpan.FromDays(2));
        foreach (var reporter in reporters.Concat(reporters))
        {
            await ReportAsync(reporter, post, "Scam, I said");
        }

        Assert.True(await ShownToStrangersAsync(app, post));
        Assert.Contains("Scam, I said", (await steward.GetPageAsync("/Moderation")).Text, StringComparison.Ordinal);

        // Three other neighbors are heard as before.
        foreach (var other in await AccountsAsync(app, "other", 3))
        {
            await ReportAsync(other, post, "Not a real need");
        }

        Assert.False(await ShownToStrangersAsync(app, post));
    }

    [Fact]
    public async Task One_neighbor_cannot_send_more_reports_a_day_than_the_setting_allows()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:ReportsPerNeighborPerDay"] = "2" });
        var (ana, post) = await VictimAsync(app);
        var others = new[] { post, await app.PostThroughFormAsync(ana, "Offer", "Spare bread"), await app.PostThroughFormAsync(ana, "Offer", "Old bike") };
        var reporter = (await AccountsAsync(app, "reporter", 1))[0];

        var answers = new List<HttpResponseMessage>();
        foreach (var target in others)
        {
            answers.Add(await ReportAsync(reporter, target, "Scam"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Contains("Too many tries", await answers[2].Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Reports.CountAsync()));
    }
}
