using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: a neighbor renews their post from the reminder link at the very moment the reminder
// job saves that post. Their renewal must win, and nobody else's reminder may be sent twice.
public class ReminderRaceTests
{
    [Fact]
    public async Task A_renewal_racing_the_reminder_job_leaves_every_other_author_with_one_reminder()
    {
        var renewal = new RenewWhileTheJobSaves();
        await using var app = new MutualAidApp(services: s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(renewal)));
        var posts = new Dictionary<string, int>();
        foreach (var name in new[] { "ana", "ben", "cleo" })
        {
            await app.AddNeighborAsync($"{name}@example.org", name, TestData.AnaHome);
            posts[name] = await app.PostThroughFormAsync(await app.SignedInClientAsync($"{name}@example.org"), "Need", $"Ride for {name}");
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        renewal.Arm(posts["ana"], async () =>
        {
            var token = app.Services.GetRequiredService<RenewTokens>().For(posts["ana"]);
            var stranger = app.CreateBrowserClient();
            var confirm = await stranger.GetPageAsync($"/Posts/{posts["ana"]}/Renew?token={Uri.EscapeDataString(token)}");
            await stranger.SubmitForPageAsync(confirm, "main form", []);
        });
        app.Clock.Advance(TimeSpan.FromDays(27));
        for (var tick = 0; tick < 4; tick++)
        {
            await app.DeliverEmailAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.True(renewal.Fired, "The renewal did not race the reminder job.");
        Assert.Empty(app.Mail.To("ana@example.org"));
        Assert.Single(app.Mail.To("ben@example.org"));
        Assert.Single(app.Mail.To("cleo@example.org"));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(30), (await app.FindPostAsync(posts["ana"]))!.ExpiresAt, TimeSpan.FromMinutes(5));
    }

    // Just before the job saves the reminder flag of the armed post, the author renews that post.
    private sealed class RenewWhileTheJobSaves : SaveChangesInterceptor
    {
        private int postId;
        private Func<Task>? renew;

        public bool Fired { get; private set; }

        public void Arm(int post, Func<Task> renewal) => (postId, renew) = (post, renewal);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var remindsArmedPost = eventData.Context!.ChangeTracker.Entries<Post>()
                .Any(e => e.Entity.Id == postId && e.State == EntityState.Modified && e.Entity.ExpiryReminderSentAt != null);
            if (remindsArmedPost && renew is { } renewal)
            {
                renew = null;
                Fired = true;
                await renewal();
            }

            return result;
        }
    }
}
