using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A post a coordinator made for a neighbor without an account, seen by everyone who is not a
// coordinator: a stranger, a plain neighbor, and the neighbor who answered and was accepted. Each
// tries the pages, the map's data, the feed, their emails and their data download.
public partial class OfflineNeighborPrivacyTests
{
    private static readonly string[] Secrets = ["Rosa", "blue door", "ground floor"];

    [Fact]
    public async Task Nobody_but_coordinators_can_tell_a_post_was_made_for_someone_offline()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        var sam = await app.SignedInAsync(Person.Sam);
        var stranger = app.CreateBrowserClient();
        var rosa = await app.AddOfflineNeighborAsync(cai, hood, shared: "");
        var postId = await app.PostForAsync(cai, rosa, "Need", "Soup on Sundays");
        await ben.AnswerAsync(postId, "I make a big pot anyway");
        await cai.PressAsync(postId, "Accept", await app.AnswerIdAsync("I make a big pot anyway"));
        string[] urls = [$"/Posts/{postId}", "/", "/?sort=Nearest", "/Map", "/Feed", "/Mine", "/Matches", "/Profile/Data", "/Profile/Data?handler=Json"];
        var viewers = new[] { ("stranger", stranger), ("neighbor", sam), ("answerer", ben) };

        var seen = await SeenAsync(viewers, urls);
        // The same post, had Cai posted it for themselves: every byte anyone else reads is the same.
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ForOfflineNeighborId, (int?)null)));
        var plain = await SeenAsync(viewers, urls);

        foreach (var (what, body) in seen)
        {
            Assert.True(body == plain[what], $"{what} differs for a post made for someone offline");
            Assert.DoesNotContain(Secrets, secret => body.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain($"for={rosa}", body, StringComparison.Ordinal);
        }

        await app.DeliverEmailAsync();
        foreach (var email in app.Mail.To("ben@example.org").Concat(app.Mail.To("sam@example.org")))
        {
            Assert.DoesNotContain(Secrets, secret => (email.Subject + email.TextBody + email.HtmlBody).Contains(secret, StringComparison.Ordinal));
        }

        Assert.Contains(app.Mail.To("ben@example.org"), m => m.Subject == "Cai will put you in touch");
    }

    [Fact]
    public async Task A_forged_for_of_another_coordinators_neighbor_is_refused_and_nothing_is_posted()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var dan = await app.SignedInCoordinatorAsync(new Person("Dan", TestData.BenHome));
        var ben = await app.SignedInAsync(Person.Ben);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood);
        var id = rosa.ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var client in new[] { dan, ben })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Posts/New?kind=Need&for={id}", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await app.SubmitPostForAsync(client, id, "Need", "Forged")).StatusCode);
            var edit = await client.GetAsync($"/Coordinate/Edit?id={id}", TestContext.Current.CancellationToken);
            Assert.True(edit.StatusCode == HttpStatusCode.NotFound || edit.RequestMessage!.RequestUri!.AbsolutePath == "/Identity/Account/AccessDenied");
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.DoesNotContain("blue door", (await dan.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> SeenAsync((string Who, HttpClient Client)[] viewers, string[] urls)
    {
        var seen = new Dictionary<string, string>();
        foreach (var (who, client) in viewers)
        {
            foreach (var url in urls)
            {
                var body = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
                seen[$"{who} {url}"] = Tokens().Replace(body, "");
            }
        }

        return seen;
    }

    // Antiforgery tokens and export times differ between any two requests.
    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]*|\"exportedAt\":\"[^\"]*\"")]
    private static partial Regex Tokens();
}
