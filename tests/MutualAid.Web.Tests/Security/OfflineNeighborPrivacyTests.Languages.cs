using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The offline neighbor's languages and map cell are what their posts carry. Everything a stranger,
// a neighbor who shares the language and an answerer read must be what they would read
// had the coordinator posted from that spot with those languages as their own.
public partial class OfflineNeighborPrivacyTests
{
    [Fact]
    public async Task A_post_carrying_an_offline_neighbors_languages_and_cell_reads_like_the_coordinators_own()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        await ben.SaySpeaksAsync("ar");
        var sam = await app.SignedInAsync(Person.Sam);
        var stranger = app.CreateBrowserClient();
        var rosa = await app.AddOfflineNeighborAsync(cai, hood, shared: "", speaks: "ar", spot: TestData.AnaHome);
        var postId = await app.PostForAsync(cai, rosa, "Need", "Soup on Sundays");
        // Answered, not yet accepted: the post stays open, so "speaks my language" lists it.
        await ben.AnswerAsync(postId, "I make a big pot anyway");
        string[] urls = [$"/Posts/{postId}", "/", "/?speaks=true", "/?sort=Nearest", "/Map", "/Feed", "/Matches", "/Profile/Data?handler=Json"];
        var viewers = new[] { ("stranger", stranger), ("neighbor", sam), ("answerer who speaks Arabic", ben) };

        var seen = await SeenAsync(viewers, urls);
        // The same post, had Cai posted it for themselves with Arabic on their own profile.
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ForOfflineNeighborId, (int?)null)));
        await cai.SaySpeaksAsync("ar");
        var plain = await SeenAsync(viewers, urls);

        foreach (var (what, body) in seen)
        {
            Assert.True(body == plain[what], $"{what} differs for a post made for someone offline");
            Assert.DoesNotContain(Secrets, secret => body.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Contains("Soup on Sundays", seen["answerer who speaks Arabic /?speaks=true"], StringComparison.Ordinal);
    }
}
