using Microsoft.EntityFrameworkCore;
using MutualAid.Benchmarks.LoadData;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Performance;

// The load test's data set: the app must start on it, and its neighbors must be able to log in
// with the known password, or every figure the load script prints would be about error pages.
public class LoadDataTests
{
    private const int PostCount = 600;

    [SqliteOnlyFact]
    public async Task A_generated_city_has_the_posts_categories_homes_and_history_asked_for()
    {
        await using var app = new MutualAidApp();
        await LoadDatabase.CreateAsync(app.DatabasePath, PostCount, MutualAidApp.StartTime.UtcDateTime);

        var now = MutualAidApp.StartTime.UtcDateTime;
        var (open, categories, homeless, answers, matches, emails) = await app.WithDbAsync(async db => (
            await db.Posts.CountAsync(p => p.Status == PostStatus.Open && p.ExpiresAt > now),
            await db.Posts.Select(p => p.CategoryId).Distinct().CountAsync(),
            await db.Users.CountAsync(u => u.HomeLatitude == null),
            await db.Answers.CountAsync(),
            await db.Matches.CountAsync(),
            await db.Outbox.CountAsync()));

        Assert.Equal(PostCount, open);
        Assert.Equal(16, categories);
        Assert.Equal(0, homeless);
        Assert.Equal(PostCount / 20, answers);
        Assert.InRange(matches, 1, PostCount / 10);
        Assert.InRange(emails, 1, 1000);
    }

    [SqliteOnlyFact]
    public async Task A_generated_neighbor_logs_in_with_the_known_password_and_sees_the_posts()
    {
        await using var app = new MutualAidApp();
        await LoadDatabase.CreateAsync(app.DatabasePath, PostCount, MutualAidApp.StartTime.UtcDateTime);

        var client = await app.SignedInClientAsync(LoadCity.Email(7), LoadCity.Password);
        var page = await client.GetPageAsync("/?distance=any");

        Assert.NotEmpty(page.Document.QuerySelectorAll("main li.post-card"));
    }

    [SqliteOnlyFact]
    public async Task Queued_emails_go_out_to_the_mail_server()
    {
        await using var app = new MutualAidApp();
        await LoadDatabase.CreateAsync(app.DatabasePath, PostCount, MutualAidApp.StartTime.UtcDateTime);
        await LoadDatabase.QueueEmailsAsync(app.DatabasePath, 30, MutualAidApp.StartTime.UtcDateTime);

        await app.DeliverEmailAsync();

        Assert.Equal(30, app.Mail.All().Count(m => m.Subject == "A neighbor answered your post"));
    }
}
