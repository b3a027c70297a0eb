using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// The attack on privacy: a neighbor withdraws a post through one instance, and a visitor the
// proxy sends to the other instance keeps seeing it in that instance's kept copy of the page.
public class SignedOutPagesAcrossInstancesTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [PostgresOnlyFact]
    public async Task A_post_withdrawn_through_one_instance_leaves_the_other_instances_kept_pages_at_once()
    {
        await using var site = new TwoInstances();
        var ana = await site.A.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var post = await site.A.AddPostAsync(ana.Id, PostKind.Offer, "Phones for sale, cheap", Places.Origin);
        var visitor = site.B.CreateBrowserClient();
        Assert.Contains("Phones for sale, cheap", (await visitor.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Phones for sale, cheap", (await visitor.GetPageAsync($"/Posts/{post.Id}")).Text, StringComparison.Ordinal);

        await site.A.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PostStatus.Withdrawn)));

        // B's clock stands still, so its copies' 30-second slot never ends: only being told evicts them.
        var watch = Stopwatch.StartNew();
        while ((await visitor.GetPageAsync("/")).Text.Contains("Phones for sale, cheap", StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < Bound, $"The other instance still showed the withdrawn post after {Bound}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
