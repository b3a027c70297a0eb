using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// A host reads the app's journal: a query that takes "the first twenty" of an unordered set
// makes EF warn there, and shows neighbors rows in an order that can change between requests.
public class QueryOrderLogTests
{
    private static readonly string[] SignedOutPages =
    [
        "/", "/?p=2", "/?sort=Urgent", "/?kind=Need&q=soup", "/Map", "/Map?sort=Urgent", "/HowItWorks",
        "/Identity/Account/Login", "/Identity/Account/Register",
    ];

    private static readonly string[] StewardPages =
    [
        "/", "/?p=2", "/?sort=Nearest", "/?within=2&sort=Nearest", "/Map", "/Map?sort=Nearest", "/Mine", "/Matches",
        "/Profile", "/Profile/Notifications", "/Profile/Blocked", "/Posts/New", "/Moderation", "/Moderation/Blocked",
        "/Moderation/Stewards", "/Moderation/Categories", "/Moderation/Neighborhoods",
    ];

    [Fact]
    public async Task Browsing_the_main_pages_leaves_no_query_order_warning_in_the_log()
    {
        var log = new LogRecorder();
        await using var app = new MutualAidApp(services: s => s.AddSingleton<ILoggerProvider>(log));
        var rosa = await app.AddNeighborAsync("rosa@example.org", "Rosa", Places.Origin);
        var tomas = await app.AddNeighborAsync("tomas@example.org", "Tomas", Places.NorthKm(1));
        await app.MakeStewardAsync("rosa@example.org");
        var posts = new List<int>();
        for (var i = 0; i < 25; i++)
        {
            var author = i % 2 == 0 ? rosa.Id : tomas.Id;
            var kind = i % 3 == 0 ? PostKind.Offer : PostKind.Need;
            posts.Add((await app.AddPostAsync(author, kind, $"Pot of soup number {i}", Places.EastKm(i * 0.3), createdAt: app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-i))).Id);
        }

        var visitor = app.CreateBrowserClient();
        var steward = await app.SignedInClientAsync("rosa@example.org");
        var neighbor = await app.SignedInClientAsync("tomas@example.org");
        await neighbor.AnswerAsync(posts[0], "I can bring some tonight.");
        foreach (var path in SignedOutPages.Concat(posts.Take(3).Select(id => $"/Posts/{id}")))
        {
            await visitor.GetPageAsync(path);
        }

        foreach (var path in StewardPages.Concat(posts.Take(3).Select(id => $"/Posts/{id}")))
        {
            await steward.GetPageAsync(path);
        }

        await neighbor.GetPageAsync("/Mine");
        await app.DeliverEmailAsync();

        var warnings = log.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}").ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }
}
