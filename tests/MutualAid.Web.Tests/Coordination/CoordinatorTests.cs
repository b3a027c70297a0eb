using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Coordination;
using MutualAid.Web.Moderation;
using MutualAid.Web.OwnData;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Coordination;

public class CoordinatorTests
{
    private static readonly Person Dan = new("Dan", TestData.BenHome);

    [Fact]
    public async Task A_steward_names_and_removes_a_coordinator_in_the_log_and_their_neighbors_wait_unassigned()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var steward = await app.SignedInStewardAsync(Person.Ana);
        var cai = await app.SignedInAsync(Person.Cai);
        Assert.Equal("/Identity/Account/AccessDenied", (await cai.GetAsync(new Uri("/Coordinate", UriKind.Relative), TestContext.Current.CancellationToken)).RequestMessage!.RequestUri!.AbsolutePath);

        var page = await steward.GetPageAsync("/Moderation/Coordinators");
        var named = await steward.SubmitForPageAsync(page, "main form[method=post]", new() { ["email"] = "cai@example.org", ["reason"] = "Runs the phone line" });
        Assert.Contains("Cai is now a coordinator.", named.Text, StringComparison.Ordinal);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood);
        Assert.Contains("Rosa", (await cai.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);

        var list = await steward.GetPageAsync("/Moderation/Coordinators");
        var removed = await steward.SubmitForPageAsync(list, "main form[action*='handler=Remove']", new() { ["reason"] = "Moved away" });
        Assert.Contains("Cai is no longer a coordinator.", removed.Text, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.OfflineNeighbors.Where(o => o.Id == rosa).Select(o => o.CoordinatorId).SingleAsync()));
        var kinds = await app.WithDbAsync(db => db.StewardActions.OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync());
        Assert.Equal([StewardActionKind.NamedCoordinator, StewardActionKind.RemovedCoordinator], kinds);
        var log = await steward.GetPageAsync("/Moderation");
        Assert.Contains("Named coordinator: Cai (cai@example.org)", log.Text, StringComparison.Ordinal);
        Assert.Contains("Removed coordinator: Cai (cai@example.org)", log.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/AccessDenied", (await cai.GetAsync(new Uri("/Coordinate", UriKind.Relative), TestContext.Current.CancellationToken)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_coordinator_posts_for_an_offline_neighbor_and_the_introduction_goes_through_them()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood);

        var postId = await app.PostForAsync(cai, rosa, "Need", "Soup on Sundays");
        var post = await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId));
        Assert.Equal(rosa, post.ForOfflineNeighborId);
        Assert.Equal((40.4170, -3.7030), (post.Latitude, post.Longitude));
        await ben.AnswerAsync(postId, "I make a big pot anyway");
        var caseload = await cai.GetPageAsync("/Coordinate");
        Assert.Contains("Soup on Sundays", caseload.Text, StringComparison.Ordinal);
        Assert.Contains("answers waiting: 1", caseload.Text, StringComparison.Ordinal);

        await cai.PressAsync(postId, "Accept", await app.AnswerIdAsync("I make a big pot anyway"));
        await app.DeliverEmailAsync();
        var toBen = app.Mail.To("ben@example.org").Single(m => m.Subject == "Cai will put you in touch");
        Assert.Contains("cai@example.org", toBen.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rosa lives on the ground floor; call me first", toBen.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("blue door", toBen.TextBody + toBen.HtmlBody, StringComparison.Ordinal);
        var toCai = app.Mail.To("cai@example.org").Single(m => m.Subject == "You are in touch with Ben");
        Assert.Contains("which you posted for Rosa", toCai.TextBody, StringComparison.Ordinal);
        Assert.Contains("ben@example.org", toCai.TextBody, StringComparison.Ordinal);

        await cai.PressAsync(postId, "Fulfil");
        Assert.Equal(PostStatus.Fulfilled, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_told_at_the_field_with_the_form_kept_and_nothing_saved()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);

        var form = await cai.GetPageAsync("/Coordinate/Edit");
        var page = await cai.SubmitForPageAsync(form, "main form[method=post]", new()
        {
            ["Input.Name"] = "",
            ["Input.ReachBy"] = "Her grandson Luis",
            ["Input.NeighborhoodId"] = "999",
        });

        Assert.Contains("Write the name they go by.", page.Document.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose a neighborhood from the list.", page.Document.QuerySelector("[data-valmsg-for='Input.NeighborhoodId']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Her grandson Luis", page.Document.QuerySelector("#Input_ReachBy")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.OfflineNeighbors.CountAsync()));
        Assert.Equal(hood, await app.WithDbAsync(db => db.Neighborhoods.Select(n => n.Id).SingleAsync()));
    }

    [Fact]
    public async Task Another_coordinator_takes_over_with_the_open_posts_and_the_first_is_told()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var dan = await app.SignedInCoordinatorAsync(Dan);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood);
        var postId = await app.PostForAsync(cai, rosa, "Offer", "Spare wool");

        var danPage = await dan.GetPageAsync("/Coordinate");
        Assert.DoesNotContain("blue door", danPage.Text, StringComparison.Ordinal);
        await dan.SubmitAsync(danPage, $"form[action*='handler=TakeOver'][action*='id={rosa}']", []);

        var authorId = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).SingleAsync());
        Assert.Equal("Dan", await app.WithDbAsync(db => db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).SingleAsync()));
        Assert.Contains("blue door", (await dan.GetPageAsync("/Coordinate")).Text, StringComparison.Ordinal);
        await app.DeliverEmailAsync();
        Assert.Single(app.Mail.To("cai@example.org"), m => m.Subject == "Dan now looks after Rosa");
    }

    [Fact]
    public async Task The_neighbor_takes_their_posts_with_the_hand_over_link_once_and_the_record_is_cleared()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var rosaId = await app.AddOfflineNeighborAsync(cai, hood);
        var postId = await app.PostForAsync(cai, rosaId, "Need", "Soup on Sundays");
        var caseload = await cai.GetPageAsync("/Coordinate");
        var withLink = await cai.SubmitForPageAsync(caseload, "form[action*='handler=HandOver']", []);
        var link = new Uri(withLink.Document.QuerySelector("#hand-over-link code")!.TextContent.Trim());

        // The coordinator cannot take the posts for them from their own account.
        var ownTry = await cai.SubmitAsync(await cai.GetPageAsync(link.PathAndQuery), "main form[method=post]", []);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, ownTry.StatusCode);
        var rosa = await app.SignedInAsync(new Person("Rosa", TestData.BenHome));
        var offer = await rosa.GetPageAsync(link.PathAndQuery);
        Assert.Contains("Soup on Sundays", offer.Text, StringComparison.Ordinal);
        await rosa.SubmitAsync(offer, "main form[method=post]", []);

        var moved = await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId));
        var author = await app.WithDbAsync(db => db.Users.Where(u => u.Id == moved.AuthorId).Select(u => u.Email).SingleAsync());
        var forId = moved.ForOfflineNeighborId;
        Assert.Equal("rosa@example.org", author);
        Assert.Null(forId);
        var record = await app.WithDbAsync(db => db.OfflineNeighbors.AsNoTracking().SingleAsync());
        Assert.True(record is { IsClosed: true, Name: "", ReachBy: "", SharedAtIntroduction: "", CoordinatorId: null });
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, record.HandedOverAt);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rosa.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Erasing_a_coordinator_leaves_their_offline_neighbors_for_another_and_the_download_lists_them()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var dan = await app.SignedInCoordinatorAsync(Dan);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood);
        var download = await (await cai.GetAsync(new Uri("/Profile/Data?handler=Json", UriKind.Relative), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Knock at the blue door", download, StringComparison.Ordinal);
        var dansDownload = await (await dan.GetAsync(new Uri("/Profile/Data?handler=Json", UriKind.Relative), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Rosa", dansDownload, StringComparison.Ordinal);

        var caiId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "cai@example.org").Select(u => u.Id).SingleAsync());
        await app.WithServiceAsync<AccountErasure, int>(async erasure =>
        {
            await erasure.EraseAsync(caiId, CancellationToken.None);
            return 0;
        });

        var kept = await app.WithDbAsync(db => db.OfflineNeighbors.AsNoTracking().SingleAsync(o => o.Id == rosa));
        Assert.Null(kept.CoordinatorId);
        Assert.Equal("Rosa", kept.Name);
        var danPage = await dan.GetPageAsync("/Coordinate");
        Assert.Contains("Nobody looks after them now", danPage.Text, StringComparison.Ordinal);
        Assert.NotNull(danPage.Document.QuerySelector($"form[action*='handler=TakeOver'][action*='id={rosa.ToString(CultureInfo.InvariantCulture)}']"));
    }
}
