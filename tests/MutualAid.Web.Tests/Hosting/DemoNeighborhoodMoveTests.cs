using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

// The demo neighborhood, lived in a little, moved from SQLite to PostgreSQL: the same addresses,
// asked of the site on its SQLite file and of the site on the PostgreSQL copy, read the same. A
// table the move left out shows as a page that lost something.
public partial class DemoNeighborhoodMoveTests
{
    private const string Steward = "neighbor01@example.org";
    private const string Answerer = "neighbor02@example.org";
    private const string Reporter = "neighbor03@example.org";

    [PostgresOnlyFact]
    public async Task Every_page_of_the_demo_neighborhood_reads_the_same_after_the_move_to_PostgreSQL()
    {
        var site = new MovedSite();
        await using (var before = new MutualAidApp(settings: site.OnSqlite))
        {
            await before.InScopeAsync(services => services.GetRequiredService<DemoNeighborhoodSeeder>().SeedAsync());
            await before.MakeStewardAsync(Steward);
            await LiveInItAsync(before);
        }

        await using var onPostgres = new MutualAidApp(settings: MovedSite.OnNewPostgresDatabase());
        Assert.Equal(0, (await site.MoveIntoAsync(onPostgres)).ExitCode);
        await using var onSqlite = new MutualAidApp(settings: site.OnSqlite);

        var (everyone, signedIn) = await AddressesAsync(onSqlite);
        await SameOnBothAsync(onSqlite.CreateBrowserClient(), onPostgres.CreateBrowserClient(), everyone);
        await SameOnBothAsync(onSqlite.CreateBrowserClient().Prefers("es"), onPostgres.CreateBrowserClient().Prefers("es"), ["/", "/Map", "/Moderation/Neighborhoods"]);
        await SameOnBothAsync(await SignInAsync(onSqlite, Steward), await SignInAsync(onPostgres, Steward), [.. everyone, .. signedIn]);
        await SameOnBothAsync(await SignInAsync(onSqlite, Answerer), await SignInAsync(onPostgres, Answerer), ["/Mine", "/Matches", "/Profile", "/Profile/Data?handler=Json"]);
    }

    // An answer, a report and a thank-you's worth of life beyond what the seeder makes.
    private static async Task LiveInItAsync(MutualAidApp app)
    {
        var stewardId = await app.WithDbAsync(db => db.Users.Where(n => n.Email == Steward).Select(n => n.Id).SingleAsync());
        var postIds = await app.WithDbAsync(db => db.Posts.Where(p => p.AuthorId == stewardId).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        var answerer = await SignInAsync(app, Answerer);
        await answerer.AnswerAsync(postIds[0], "I can come by on Saturday");
        var reporter = await SignInAsync(app, Reporter);
        await reporter.ReportPostAsync(postIds[^1], "This reads like an advert");
        await SignInAsync(app, Steward);
    }

    private static async Task<(string[] Everyone, string[] SignedIn)> AddressesAsync(MutualAidApp app)
    {
        var postIds = await app.WithDbAsync(db => db.Posts.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var neighborhoodId = await app.WithDbAsync(db => db.Neighborhoods.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        var answererId = await app.WithDbAsync(db => db.Users.Where(n => n.Email == Answerer).Select(n => n.Id).SingleAsync());
        var reportId = await app.WithDbAsync(db => db.Reports.Select(r => r.Id).SingleAsync());
        string[] everyone =
        [
            "/", "/?p=2", "/?sort=Nearest&near=" + neighborhoodId, "/?sort=Urgent", "/?kind=Need&within=2&near=" + neighborhoodId,
            "/?q=clinic", "/?q=meals+cooked", "/Map", "/Map?kind=Offer&near=" + neighborhoodId, "/Feed", "/Print?near=" + neighborhoodId,
            .. postIds.Select(id => $"/Posts/{id}"),
        ];
        string[] signedIn =
        [
            "/?speaks=true", "/Mine", "/Matches", "/Profile", "/Profile/Helping", "/Profile/Notifications", "/Profile/Home", "/Profile/Blocked",
            "/Profile/Data", "/Profile/Data?handler=Json", "/Moderation", "/Moderation/Neighbor?id=" + answererId, $"/Moderation/Reports/{reportId}",
            "/Moderation/Categories", "/Moderation/Neighborhoods", "/Moderation/Stewards", "/Moderation/Blocked", "/Moderation/Coordinators",
        ];
        return (everyone, signedIn);
    }

    private static async Task SameOnBothAsync(HttpClient onSqlite, HttpClient onPostgres, IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            var expected = await ReadAsync(onSqlite, address);
            var actual = await ReadAsync(onPostgres, address);
            var (sqliteLine, postgresLine) = expected.Split('\n').Zip(actual.Split('\n')).FirstOrDefault(pair => pair.First != pair.Second);
            Assert.True(expected == actual, $"{address} reads differently after the move.\nOn SQLite:     {sqliteLine?.Trim()}\nOn PostgreSQL: {postgresLine?.Trim()}");
        }
    }

    private static async Task<string> ReadAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}.");
        return Protected().Replace(await response.Content.ReadAsStringAsync(), "(protected)");
    }

    // Log-in takes a first-time neighbor through their first steps; where it lands does not matter.
    private static async Task<HttpClient> SignInAsync(MutualAidApp app, string email)
    {
        var client = app.CreateBrowserClient();
        var page = await client.GetPageAsync("/Identity/Account/Login");
        await client.SubmitAsync(page, "main form[method=post]", new() { ["Input.Email"] = email, ["Input.Password"] = DemoNeighborhoodSeeder.DemoPassword });
        return client;
    }

    // Antiforgery tokens and other values sealed with the site's keys differ on every request.
    [GeneratedRegex(@"CfDJ8[A-Za-z0-9_\-]+")]
    private static partial Regex Protected();
}
