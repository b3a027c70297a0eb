using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// The race: a need posted through one instance and an offer through the other at the same
// instant. Each process's turns know only its own saves, so each save could miss the other post
// and the two neighbors who should meet would never hear of each other.
public class PostSavesAcrossInstancesTests
{
    [PostgresOnlyFact]
    public async Task A_need_and_an_offer_saved_at_the_same_instant_through_two_instances_are_matched()
    {
        await using var site = new TwoInstances();
        var ana = await site.A.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var ben = await site.B.AddNeighborAsync("ben@example.org", "Ben", Places.Origin);

        // Both saves have begun and wait for their turn in their own process, then go together.
        var turnInA = await TurnsOf(site.A).WaitTurnAsync(CancellationToken.None);
        var turnInB = await TurnsOf(site.B).WaitTurnAsync(CancellationToken.None);
        var need = await InLineAsync(site.A, () => site.A.PostThroughMatchingAsync(ana.Id, PostKind.Need));
        var offer = await InLineAsync(site.B, () => site.B.PostThroughMatchingAsync(ben.Id, PostKind.Offer));
        turnInA.Dispose();
        turnInB.Dispose();
        var (needId, offerId) = ((await need).Id, (await offer).Id);

        var match = Assert.Single(await site.A.WithDbAsync(db => db.Matches.ToListAsync()));
        Assert.Equal((needId, offerId), (match.NeedId, match.OfferId));
    }

    private static PostSaveTurns TurnsOf(MutualAidApp app) => app.Services.GetRequiredService<PostSaveTurns>();

    private static async Task<Task<Post>> InLineAsync(MutualAidApp app, Func<Task<Post>> save)
    {
        var saving = Task.Run(save);
        for (var waited = 0; TurnsOf(app).Waiting < 1; waited += 5)
        {
            Assert.False(saving.IsCompleted || waited > 10_000, "the save never waited for its turn");
            await Task.Delay(5);
        }

        return saving;
    }
}
