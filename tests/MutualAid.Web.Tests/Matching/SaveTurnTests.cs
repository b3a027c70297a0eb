using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Matching;

// A post's candidates are read before its turn to write and checked again in it. Each test holds
// a turn itself, so that what happens between a save's read and its turn is chosen here: the
// matches must be those a save made wholly inside its turn would have made.
public class SaveTurnTests
{
    private static async Task<(MutualAidApp App, string Ana, string Ben, string Cy)> AppAsync()
    {
        var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var ben = await app.AddNeighborAsync("ben@example.org", "Ben", Places.Origin);
        var cy = await app.AddNeighborAsync("cy@example.org", "Cy", Places.Origin);
        return (app, ana.Id, ben.Id, cy.Id);
    }

    // Starts saving a new post at the origin and returns once it is in line for its turn, its
    // candidates read; the task ends with the post's id when it is saved.
    private static async Task<Task<int>> SaveInLineAsync(MutualAidApp app, string author, PostKind kind, int inLine)
    {
        var turns = app.Services.GetRequiredService<PostSaveTurns>();
        var categoryId = await app.CategoryIdAsync("Meals");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var saved = Task.Run(async () =>
        {
            var post = Post.Create(author, kind, new PostContent(categoryId, $"{kind} {Guid.NewGuid():N}", "", Places.Origin, 3, Urgency.Whenever), now);
            await app.InScopeAsync(services =>
            {
                services.GetRequiredService<AppDbContext>().Posts.Add(post);
                return services.GetRequiredService<MatchFinder>().SaveWithMatchesAsync(post, now);
            });
            return post.Id;
        });
        for (var waited = 0; turns.Waiting < inLine; waited += 5)
        {
            Assert.False(saved.IsCompleted || waited > 10_000, "the save never waited for its turn");
            await Task.Delay(5);
        }

        return saved;
    }

    private static Task<IDisposable> HoldTurnAsync(MutualAidApp app) =>
        app.Services.GetRequiredService<PostSaveTurns>().WaitTurnAsync(CancellationToken.None);

    [Fact]
    public async Task Two_posts_that_each_read_before_the_other_was_saved_are_still_matched()
    {
        var (app, ana, ben, _) = await AppAsync();
        await using var _ = app;

        var turn = await HoldTurnAsync(app);
        var need = await SaveInLineAsync(app, ana, PostKind.Need, inLine: 1);
        var offer = await SaveInLineAsync(app, ben, PostKind.Offer, inLine: 2);
        turn.Dispose();

        var (needId, offerId) = (await need, await offer);
        var match = Assert.Single(await app.WithDbAsync(db => db.Matches.ToListAsync()));
        Assert.Equal((needId, offerId), (match.NeedId, match.OfferId));
    }

    [Fact]
    public async Task An_offer_withdrawn_after_the_read_is_left_out_and_the_next_nearest_taken()
    {
        var (app, ana, ben, _) = await AppAsync();
        await using var _ = app;
        var near = await app.AddPostAsync(ben, PostKind.Offer, "Soup", Places.NorthKm(1));
        var far = await app.AddPostAsync(ben, PostKind.Offer, "Bread", Places.NorthKm(2));

        var turn = await HoldTurnAsync(app);
        var need = await SaveInLineAsync(app, ana, PostKind.Need, inLine: 1);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == near.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PostStatus.Withdrawn)));
        turn.Dispose();

        var needId = await need;
        var match = Assert.Single(await app.WithDbAsync(db => db.Matches.ToListAsync()));
        Assert.Equal((needId, far.Id), (match.NeedId, match.OfferId));
    }

    [Fact]
    public async Task A_block_made_after_the_read_is_respected()
    {
        var (app, ana, ben, cy) = await AppAsync();
        await using var _ = app;
        await app.AddPostAsync(ben, PostKind.Offer, "Soup", Places.NorthKm(1));
        var cys = await app.AddPostAsync(cy, PostKind.Offer, "Bread", Places.NorthKm(2));

        var turn = await HoldTurnAsync(app);
        var need = await SaveInLineAsync(app, ana, PostKind.Need, inLine: 1);
        await app.WithDbAsync(db =>
        {
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = ben, BlockedId = ana, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });
        turn.Dispose();

        var needId = await need;
        var match = Assert.Single(await app.WithDbAsync(db => db.Matches.ToListAsync()));
        Assert.Equal((needId, cys.Id), (match.NeedId, match.OfferId));
    }
}
