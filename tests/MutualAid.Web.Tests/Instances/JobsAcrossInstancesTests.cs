using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// The race: two instances behind a proxy run their background jobs at the same moment over one
// database. Each job must be done once: one match email per neighbor, one reminder per post,
// and stewards told of new reports no more often than the site promises.
public class JobsAcrossInstancesTests
{
    [PostgresOnlyFact]
    public async Task Jobs_run_by_two_instances_at_once_send_each_notice_once()
    {
        using var smtp = new SmtpServer();
        await using var site = new TwoInstances(smtp.Settings);
        for (var i = 0; i < 8; i++)
        {
            var needer = await site.A.AddNeighborAsync($"needer{i}@example.org", $"Needer {i}", Places.Origin);
            var offerer = await site.B.AddNeighborAsync($"offerer{i}@example.org", $"Offerer {i}", Places.Origin);
            var category = i % 2 == 0 ? "Meals" : "Moving help";
            await site.A.PostThroughMatchingAsync(needer.Id, PostKind.Need, category);
            await site.B.PostThroughMatchingAsync(offerer.Id, PostKind.Offer, category);
        }

        await site.RunJobsTogetherAsync();
        await site.RunJobsTogetherAsync();

        for (var i = 0; i < 8; i++)
        {
            Assert.Single(smtp.To($"needer{i}@example.org"));
            Assert.Single(smtp.To($"offerer{i}@example.org"));
        }
    }

    [PostgresOnlyFact]
    public async Task Stewards_hear_of_reports_at_most_once_an_hour_however_many_instances_tick()
    {
        using var smtp = new SmtpServer();
        var pause = new PauseAfterCommand("StewardsToldAt");
        await using var site = new TwoInstances(smtp.Settings, servicesOfA: pause.Register);
        var steward = await site.A.AddNeighborAsync("steward@example.org", "Sam");
        await site.A.MakeStewardAsync("steward@example.org");
        var author = await site.A.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var post = await site.A.AddPostAsync(author.Id, PostKind.Need, "Soup", Places.Origin);
        // Written through B: A's pause is for its reading of the reports.
        await AddReportAsync(site.B, steward.Id, post.Id);

        // A's worker has read when stewards were last told (never) and is held there; B's worker
        // ticks meanwhile, and a second report arrives.
        var first = Task.Run(site.A.DeliverEmailAsync);
        await pause.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await site.B.DeliverEmailAsync();
        await AddReportAsync(site.B, steward.Id, post.Id);
        pause.Release();
        await first;
        await site.RunJobsTogetherAsync();

        Assert.Single(smtp.To("steward@example.org"));
        site.Advance(TimeSpan.FromMinutes(61));
        await AddReportAsync(site.B, steward.Id, post.Id);
        await site.RunJobsTogetherAsync();
        Assert.Equal(2, smtp.To("steward@example.org").Count);
    }

    private static Task<int> AddReportAsync(MutualAidApp app, string reporterId, int postId) =>
        app.WithDbAsync(db =>
        {
            db.Reports.Add(new Report(reporterId, postId, null, "Scam", app.Clock.GetUtcNow().UtcDateTime));
            return db.SaveChangesAsync();
        });
}
