using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: an author presses Renew on their post's page at the very moment a neighbor answers
// that post, to make the page fail or to lose the answer. The answer must stand, the author is
// told plainly, and the page must not break.
public class RenewRaceTests
{
    [Fact]
    public async Task Renewing_on_the_post_page_while_someone_answers_keeps_the_answer_and_says_so_plainly()
    {
        var race = new AnswerWhileRenewing();
        await using var app = new MutualAidApp(services: s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(race)));
        await app.AddNeighborAsync("ana@example.org", "Ana", TestData.AnaHome);
        await app.AddNeighborAsync("ben@example.org", "Ben", TestData.BenHome);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var ben = await app.SignedInClientAsync("ben@example.org");
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var closesAt = (await app.FindPostAsync(post))!.ExpiresAt;
        // In the last days before it closes, when Renew is offered; a log-in lasts less than that.
        app.Clock.Advance(TimeSpan.FromDays(28));
        ana = await app.SignedInClientAsync("ana@example.org");
        ben = await app.SignedInClientAsync("ben@example.org");
        race.Arm(post, () => ben.AnswerAsync(post, "I can drive you"));

        var renewed = await ana.PressAsync(post, "Renew");

        Assert.True(race.Fired, "The answer did not race the renewal.");
        Assert.Equal(HttpStatusCode.OK, renewed.Response.StatusCode);
        Assert.Contains("same moment", renewed.Notice(), StringComparison.Ordinal);
        Assert.Contains("I can drive you", renewed.Text, StringComparison.Ordinal);
        Assert.Equal(closesAt, (await app.FindPostAsync(post))!.ExpiresAt);
    }

    // Just before the renewal's transaction starts, with the post already loaded, the neighbor's
    // answer lands and changes the post's version.
    private sealed class AnswerWhileRenewing : DbTransactionInterceptor
    {
        private int postId;
        private Func<Task>? answer;

        public bool Fired { get; private set; }

        public void Arm(int post, Func<Task> answering) => (postId, answer) = (post, answering);

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            var renewsArmedPost = eventData.Context!.ChangeTracker.Entries<Post>()
                .Any(e => e.Entity.Id == postId && e.State == EntityState.Modified && e.Property(p => p.ExpiresAt).IsModified);
            if (renewsArmedPost && answer is { } answering)
            {
                answer = null;
                Fired = true;
                await answering();
            }

            return result;
        }
    }
}
