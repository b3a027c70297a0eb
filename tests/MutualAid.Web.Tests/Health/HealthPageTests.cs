using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Health;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Health;

// What a steward reads on /Moderation/Health, and "send again", which must never send twice.
public class HealthPageTests
{
    [Fact]
    public async Task Every_chart_draws_the_numbers_of_its_table_and_they_are_the_seeded_ones()
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var ana = await app.AddNeighborAsync(Person.Ana);
        var ben = await app.AddNeighborAsync(Person.Ben);
        await app.AddNeighborhoodAsync("Lavapiés", TestData.AnaHome.Latitude, TestData.AnaHome.Longitude, 0.5);
        await app.AnsweredNeedAsync(ana.Id, ben.Id, "Ride to the clinic", "Rides & errands", TimeSpan.FromHours(2), TimeSpan.FromDays(1));
        await app.AnsweredNeedAsync(ana.Id, ben.Id, "Help moving a sofa", "Moving help", TimeSpan.FromHours(4));
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", TestData.AnaHome, "Meals");
        await app.AddPostAsync(ana.Id, PostKind.Need, "Lentils", TestData.AnaHome, "Meals");
        await app.AddPostAsync(ben.Id, PostKind.Need, "Someone to talk to", new(40.47, -3.60), "Check-ins & company");
        await app.AddPostAsync(ben.Id, PostKind.Offer, "Spare bread", TestData.BenHome, "Meals");

        var page = await steward.GetPageAsync("/Moderation/Health");

        var charts = page.Document.QuerySelectorAll("figure.chart").ToList();
        Assert.Equal(4, charts.Count);
        foreach (var chart in charts)
        {
            var drawn = chart.QuerySelectorAll("svg.chart-bar rect")
                .Select(r => $"{r.ParentElement!.GetAttribute("data-label")}|{r.GetAttribute("data-series")}={r.GetAttribute("data-value")}");
            var tabled = chart.QuerySelectorAll("table tbody tr").SelectMany(row => row.QuerySelectorAll("td")
                .Where(cell => cell.TextContent.Trim() != "0")
                .Select(cell => $"{row.QuerySelector("th")!.TextContent.Trim()}|{cell.GetAttribute("data-series")}={cell.TextContent.Trim()}"));
            Assert.Equal(tabled.Order(), drawn.Order());
        }

        Assert.Equal(["Meals|open=2", "Check-ins & company|open=1", "Moving help|open=1"], Cells(page, "unmet-categories"));
        Assert.Equal(["Lavapiés|open=3", "In no neighborhood|open=1"], Cells(page, "unmet-neighborhoods"));
        Assert.Equal(["Answered|share=40", "Fulfilled|share=20"], Cells(page, "shares"));
        var thisWeek = MutualAidApp.StartTime.AddDays(-(((int)MutualAidApp.StartTime.DayOfWeek + 6) % 7)).ToString("d MMM", CultureInfo.InvariantCulture);
        Assert.Contains($"{thisWeek}|need=5", Cells(page, "weeks"));
        Assert.Contains($"{thisWeek}|offer=1", Cells(page, "weeks"));
        Assert.Equal("Needs posted: 5. Answered: 2. Marked done: 1.", page.Document.GetElementById("needs-summary")!.TextContent.Trim());
        Assert.Equal("3 hours", page.Document.GetElementById("median-answer")!.TextContent.Trim());
        Assert.Equal("24 hours", page.Document.GetElementById("median-fulfilment")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_refused_email_is_sent_again_once_and_one_that_may_have_gone_out_never_is()
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var (refused, maybeDelivered) = await app.FailedEmailsAsync();

        var page = await steward.GetPageAsync("/Moderation/Health");
        Assert.Equal("2", page.Document.GetElementById("outbox-failed")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector($"#failed-{refused} form"));
        Assert.Null(page.Document.QuerySelector($"#failed-{maybeDelivered} form"));
        Assert.Contains("It may have been delivered", page.Document.GetElementById($"failed-{maybeDelivered}")!.TextContent, StringComparison.Ordinal);

        // The button for one email, forged to name the other: refused at the database, not only on the page.
        var forged = await steward.SubmitAsync(page, $"#failed-{refused} form", new() { ["id"] = maybeDelivered.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("was not sent again", (await HtmlForms.ParseAsync(forged)).Text, StringComparison.Ordinal);
        var everything = await steward.GetPageAsync("/Moderation/Health");
        await steward.SubmitAsync(page, $"#failed-{refused} form", []);
        await steward.SubmitAsync(everything, $"#failed-{refused} form", []);

        var rows = (await app.OutboxAsync()).ToDictionary(m => m.Id);
        Assert.Equal(OutboxStatus.Pending, rows[refused].Status);
        Assert.Equal(OutboxStatus.Failed, rows[maybeDelivered].Status);
        await app.DeliverEmailAsync();
        Assert.Single(app.Mail.To("ben@example.org"));
        Assert.Empty(app.Mail.To("cai@example.org"));
        var after = await steward.GetPageAsync("/Moderation/Health");
        Assert.Equal(("1", "1"), (after.Document.GetElementById("outbox-failed")!.TextContent.Trim(), after.Document.GetElementById("outbox-sent")!.TextContent.Trim()));
        // The press that sent one is in the stewards' log; the forged and the repeated ones sent none and are not.
        var log = (await steward.GetPageAsync("/Moderation")).Text;
        Assert.Equal(1, log.Split("Sent again: 1 failed emails").Length - 1);
    }

    [Fact]
    public async Task Errors_are_shown_without_the_address_they_quote()
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Sam);
        await app.FailedEmailsAsync();

        var page = await steward.GetPageAsync("/Moderation/Health");

        Assert.Contains("Recipient address rejected", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ben@example.org", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cai@example.org", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Each_job_run_and_the_last_backup_are_shown_with_when_they_ran()
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var before = await steward.GetPageAsync("/Moderation/Health");
        Assert.Contains("never yet", before.Document.GetElementById("job-send-email")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No backup", before.Document.GetElementById("last-backup")!.TextContent, StringComparison.Ordinal);

        await app.DeliverEmailAsync();
        // The `backup` command copies a SQLite file; on PostgreSQL it refuses and nothing notes a pg_dump.
        if (!TestDatabase.IsPostgres)
        {
            var backup = Path.Combine(Directory.CreateTempSubdirectory("mutualaid-health-").FullName, "today.db");
            Assert.Equal(0, (await HostCommands.RunAsync(HostCommands.On(app, "Production", "backup", backup))).ExitCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await steward.GetPageAsync("/Moderation/Health");
        foreach (var job in JobNames.Worker)
        {
            Assert.Contains("Worked", page.Document.GetElementById($"job-{job}")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains(TestDatabase.IsPostgres ? "No backup" : "Last backup", page.Document.GetElementById("last-backup")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("MB", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_email_naming_someone_its_reader_then_blocked_is_taken_back_so_it_cannot_be_sent_again()
    {
        // Attack: an introduction to Ana failed; Ana blocks Ben; a steward presses "send all again".
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Sam);
        var ana = await app.AddNeighborAsync(Person.Ana);
        var ben = await app.AddNeighborAsync(Person.Ben);
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var introduction = new OutboxMessage(new EmailMessage("ana@example.org", "You and Ben", "Write to Ben at ben@example.org", "<p>ben@example.org</p>"), now);
            introduction.RecordFailure("554 refused", permanent: true, now, new OutboxOptions());
            db.Outbox.Add(introduction);
            return await db.SaveChangesAsync();
        });

        await app.WithServiceAsync<Web.Notifications.QueuedMailRecall, int>(async recall =>
        {
            await recall.RecallBetweenAsync(ana.Id, ben.Id, CancellationToken.None);
            return 0;
        });
        var page = await steward.GetPageAsync("/Moderation/Health");

        Assert.Empty(await app.OutboxAsync());
        Assert.Null(page.Document.QuerySelector(".health-failed form"));
        await app.DeliverEmailAsync();
        Assert.Empty(app.Mail.All());
    }

    [Fact]
    public void A_failed_run_keeps_when_the_job_last_worked()
    {
        var run = new JobRun(JobNames.Digests);
        var worked = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        run.Record(worked, null);
        run.Record(worked.AddMinutes(1), "database is locked");

        Assert.True(run.LastRunFailed);
        Assert.Equal((worked, worked.AddMinutes(1), "database is locked"), (run.LastSucceededAt!.Value, run.LastRanAt, run.LastError));
    }

    private static List<string> Cells(HtmlPage page, string chart) =>
        page.Document.QuerySelectorAll($"#chart-{chart} table tbody tr").SelectMany(row => row.QuerySelectorAll("td")
            .Where(cell => cell.TextContent.Trim() != "0")
            .Select(cell => $"{row.QuerySelector("th")!.TextContent.Trim()}|{cell.GetAttribute("data-series")}={cell.TextContent.Trim()}")).ToList();
}
