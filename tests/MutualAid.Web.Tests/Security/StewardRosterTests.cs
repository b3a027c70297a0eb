using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Stewards undo a block and remove a steward; one tries to remove the last steward, leaving the
// neighborhood with nobody to answer reports. Every change must leave a line in the log the
// other stewards read, and a removed steward must lose moderation at once.
public class StewardRosterTests
{
    [Fact]
    public async Task A_steward_unblocks_a_neighbor_whose_hidden_posts_come_back_and_the_log_says_why()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Sam);
        await app.MakeStewardAsync("sam@example.org");
        var anaClient = await app.SignedInClientAsync("ana@example.org");
        var postId = await app.PostThroughFormAsync(anaClient, "Offer", "Spare bread");
        await StewardBlockTests.BlockAsync(app, "sam@example.org", ana.Id);
        var sam = await app.SignedInClientAsync("sam@example.org");

        var blocked = await sam.GetPageAsync("/Moderation/Blocked");
        var noReason = await sam.SubmitForPageAsync(blocked, "main form[method=post]", new() { ["reason"] = " " });
        var unblocked = await sam.SubmitForPageAsync(blocked, "main form[method=post]", new() { ["reason"] = "Talked it through with Ana" });
        var log = await sam.GetPageAsync("/Moderation");

        Assert.Contains("Ana", blocked.Text, StringComparison.Ordinal);
        Assert.Contains("Give a reason", noReason.Notice(), StringComparison.Ordinal);
        Assert.Contains("Ana", unblocked.Notice(), StringComparison.Ordinal);
        Assert.Contains("Unblocked neighbor", log.Text, StringComparison.Ordinal);
        Assert.Contains("Talked it through with Ana", log.Text, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        await app.PostThroughFormAsync(anaClient, "Need", "A ladder for an afternoon");
    }

    [Fact]
    public async Task A_steward_removes_another_who_loses_moderation_at_once_but_the_last_steward_stays()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Sam);
        await app.AddNeighborAsync("tess@example.org", "Tess", TestData.AnaHome);
        await app.MakeStewardAsync("sam@example.org");
        await app.MakeStewardAsync("tess@example.org");
        var sam = await app.SignedInClientAsync("sam@example.org");
        var tess = await app.SignedInClientAsync("tess@example.org");
        Assert.Equal("/Moderation", (await tess.GetPageAsync("/Moderation")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        var tessId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "tess@example.org").Select(u => u.Id).SingleAsync());
        var samId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "sam@example.org").Select(u => u.Id).SingleAsync());

        var stewards = await sam.GetPageAsync("/Moderation/Stewards");
        var removed = await sam.SubmitForPageAsync(stewards, "form[action*='handler=Remove']", new() { ["neighborId"] = tessId, ["reason"] = "Moved away" });
        var last = await sam.SubmitForPageAsync(removed, "form[action*='handler=Remove']", new() { ["neighborId"] = samId, ["reason"] = "Stepping down" });
        var log = await sam.GetPageAsync("/Moderation");

        Assert.Contains("Tess is no longer a steward.", removed.Notice(), StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/AccessDenied", (await tess.GetPageAsync("/Moderation")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("last steward", last.Notice(), StringComparison.Ordinal);
        Assert.Equal("/Moderation", log.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Removed steward", log.Text, StringComparison.Ordinal);
        Assert.Contains("Moved away", log.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.UserRoles.CountAsync()));
    }
}
