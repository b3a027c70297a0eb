using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A deleted account leaves nothing that says who the person was: every table and column of the database
// is read after the deletion, and none holds her address, name, phone or home.
public class AccountErasureTests
{
    [Fact]
    public async Task After_deleting_no_table_holds_her_address_name_phone_or_home()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);
        var before = await TracesAsync(app);
        Assert.Contains(before, t => t.Contains("AspNetUsers.Email", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("Outbox.TextBody", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("Posts.Latitude", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("AnswerMessages.Text", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("StewardActions.Email", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("FailedLogIns.Address", StringComparison.Ordinal));

        var landing = await departure.DeleteAsync();

        Assert.Equal("/", landing.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(landing.IsLoggedIn());
        Assert.Empty(await TracesAsync(app));
        // PostgreSQL keeps old row versions until vacuum reuses their space (decision 0022); SQLite's
        // secure_delete overwrites them at once.
        if (!TestDatabase.IsPostgres)
        {
            Assert.False(FileHolds(app.DatabasePath, Departure.Person.Email), "the file's free pages still hold her address");
        }
    }

    [Fact]
    public async Task After_deleting_her_posts_are_withdrawn_and_pages_that_showed_her_still_work()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);
        await departure.DeleteAsync();

        Assert.Equal(PostStatus.Withdrawn, (await app.FindPostAsync(departure.ZuleikasOpenPost))!.Status);
        Assert.Equal(PostStatus.Fulfilled, (await app.FindPostAsync(departure.ZuleikasDonePost))!.Status);
        var visits = new (HttpClient Who, string Url)[]
        {
            (departure.Ana, $"/Posts/{departure.AnasPost}"), (departure.Ben, $"/Posts/{departure.ZuleikasDonePost}"),
            (departure.Ben, $"/Posts/{departure.ZuleikasOpenPost}"), (departure.Ben, "/Mine"), (departure.Ben, "/Matches"),
            (departure.Ben, "/"), (departure.Ben, "/Profile/Data"), (departure.Cai, "/Profile/Blocked"), (departure.Ana, "/Profile/Data"),
            (departure.Steward, "/Moderation"), (departure.Steward, "/Moderation/Stewards"), (departure.Steward, "/Moderation/Reports/1"),
            (departure.Steward, $"/Moderation/Neighbor?id={departure.ZuleikaId}"), (app.CreateBrowserClient(), $"/Posts/{departure.ZuleikasDonePost}"),
        };
        foreach (var (who, url) in visits)
        {
            var response = await who.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain("Zuleika", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        }

        var anasPage = await departure.Ana.GetPageAsync($"/Posts/{departure.AnasPost}");
        Assert.Contains("a former neighbor", anasPage.Text, StringComparison.Ordinal);
        Assert.Contains(anasPage.Messages(), m => m.Contains("See you at 5", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await departure.Ben.GetAsync($"/Posts/{departure.ZuleikasDonePost}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing_and_says_so_next_to_the_field()
    {
        await using var app = new MutualAidApp();
        var zuleika = await app.SignedInAsync(Departure.Person);
        var form = await zuleika.GetPageAsync("/Profile/Delete");

        var refused = await zuleika.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Password"] = "a guess that is wrong" });

        Assert.Contains("That is not your password", refused.Document.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == Departure.Person.Email)));
        Assert.True((await zuleika.GetPageAsync("/Profile")).IsLoggedIn());
    }

    [Fact]
    public async Task The_last_steward_cannot_leave_the_site_without_stewards()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInStewardAsync(Person.Ana);
        var form = await ana.GetPageAsync("/Profile/Delete");

        var refused = await ana.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Password"] = TestData.Password });

        Assert.Contains("You are the last steward", refused.Document.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == Person.Ana.Email)));
    }

    [Fact]
    public async Task She_can_sign_up_again_with_the_same_address_as_a_new_neighbor()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);
        await departure.DeleteAsync();

        await app.CreateBrowserClient().SignUpAsync(Departure.Person.Email, name: "Zuleika again");
        await app.DeliverEmailAsync();

        Assert.NotNull(await app.ConfirmLinkAsync(Departure.Person.Email));
    }

    // "table.column (row): value" for every cell that still holds one of her traces.
    private static async Task<List<string>> TracesAsync(MutualAidApp app)
    {
        var person = Departure.Person;
        var words = new[] { person.Email, person.Name, Departure.Phone, "611 987 654",
            person.Home.Latitude.ToString("R", CultureInfo.InvariantCulture), person.Home.Longitude.ToString("R", CultureInfo.InvariantCulture) };
        return (await StoredCells.AllAsync(app)).Where(cell => cell.Value switch
        {
            string text => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)),
            double number => Math.Abs(number - person.Home.Latitude) < 1e-9 || Math.Abs(number - person.Home.Longitude) < 1e-9,
            _ => false,
        }).Select(cell => $"{cell.Table}.{cell.Column} ({cell.Row}): {cell.Value}").ToList();
    }

    // The file itself, and its write-ahead log, byte by byte: deleted rows must not linger in free pages.
    private static bool FileHolds(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal" }.Where(File.Exists)
            .Any(path => File.ReadAllBytes(path).AsSpan().IndexOf(needle) >= 0);
    }
}
