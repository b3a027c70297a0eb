using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Coordination;

// The records of neighbors without an account are for coordinators and stewards only. A steward
// who is not a coordinator reads them all on /Coordinate and changes nothing there; a steward
// removed or blocked loses the page at the next request, as a coordinator does.
public class StewardReadsCaseloadTests
{
    private const string Denied = "/Identity/Account/AccessDenied";

    [Fact]
    public async Task A_steward_reads_every_record_and_can_neither_edit_take_over_hand_over_nor_post_for_them()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: "ar");
        await app.PostForAsync(cai, rosa, "Need", "Soup on Sundays");
        var ana = await app.SignedInStewardAsync(Person.Ana);
        var before = await SnapshotAsync(app);

        var page = await ana.GetPageAsync("/Coordinate");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Knock at the blue door", page.Text, StringComparison.Ordinal);
        Assert.Contains("Arabic", page.Text, StringComparison.Ordinal);
        Assert.Contains("Soup on Sundays", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Null(page.Document.QuerySelector("a[href^='/Coordinate/Edit'], a[href*='for=']"));

        var id = rosa.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(Denied, (await ana.PostWithTokenOfAsync(page, $"/Coordinate?handler=TakeOver&id={id}")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(Denied, (await ana.PostWithTokenOfAsync(page, $"/Coordinate?handler=HandOver&id={id}")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(Denied, (await ana.GetPageAsync($"/Coordinate/Edit?id={id}")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(Denied, (await ana.PostWithTokenOfAsync(page, $"/Coordinate/Edit?id={id}&Input.Name=Eve")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetPageAsync($"/Posts/New?kind=Need&for={id}")).Response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task A_removed_steward_and_a_blocked_steward_lose_the_records_at_once()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        await app.AddOfflineNeighborAsync(cai, hood);
        var ana = await app.SignedInStewardAsync(Person.Ana);
        var sam = await app.SignedInStewardAsync(Person.Sam);
        Assert.Contains("blue door", (await ana.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);
        Assert.Contains("blue door", (await sam.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);

        var anaId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.Id).SingleAsync());
        var roster = await sam.GetPageAsync("/Moderation/Stewards");
        await sam.SubmitAsync(roster, "main form[action*='handler=Remove']", new() { ["neighborId"] = anaId, ["reason"] = "Stepping back" });
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "sam@example.org").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsBlocked, true)));

        Assert.Equal(Denied, (await ana.GetPageAsync("/Coordinate")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        var samNow = await sam.GetAsync(new Uri("/Coordinate", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("blue door", await samNow.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotEqual("/Coordinate", samNow.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static Task<string> SnapshotAsync(MutualAidApp app) => app.WithDbAsync(async db =>
    {
        var records = await db.OfflineNeighbors.OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.Name}:{o.CoordinatorId}:{o.HandOverTokenHash}").ToListAsync();
        var posts = await db.Posts.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.AuthorId}:{p.Version}").ToListAsync();
        return string.Join("|", records.Concat(posts));
    });
}
