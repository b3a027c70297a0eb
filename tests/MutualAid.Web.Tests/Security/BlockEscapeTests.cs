using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A neighbor blocks someone and the blocked one tries to reach them anyway: by accepting an
// answer given before the block, through an introduction already on its way, by thanking them.
// Every attempt must fail plainly, and the blocked one must never be told of the block.
public class BlockEscapeTests
{
    [Fact]
    public async Task An_author_blocked_by_an_answerer_cannot_accept_her_answer_nor_learn_her_address()
    {
        await using var app = new MutualAidApp();
        var (bob, alice, need, answerId) = await app.AnsweredPostAsync(Person.Bob, Person.Alice, answer: "I can drive you");
        var bobsOpenPage = await bob.GetPageAsync($"/Posts/{need}");

        await alice.PressAsync(need, "BlockAuthor");
        var accepted = await HtmlForms.ParseAsync(await bob.SubmitAsync(bobsOpenPage, $"form[action*='handler=Accept'][action*='answerId={answerId}']", []));
        await app.DeliverEmailAsync();

        Assert.True((int)accepted.Response.StatusCode < 500);
        Assert.NotEmpty(accepted.Notice());
        Assert.DoesNotContain("alice@example.org", accepted.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.org", (await bob.GetPageAsync($"/Posts/{need}")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mail.All(), m => (m.Subject ?? "").StartsWith("You are in touch", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Mail.To("bob@example.org"), m => (m.TextBody ?? "").Contains("alice@example.org", StringComparison.Ordinal));
        Assert.Empty(app.Mail.To("alice@example.org"));
    }

    [Fact]
    public async Task An_answer_that_slips_past_a_block_is_still_refused_at_acceptance()
    {
        await using var app = new MutualAidApp();
        var alice = await app.AddNeighborAsync(Person.Alice);
        var bob = await app.AddNeighborAsync(Person.Bob);
        var bobClient = await app.SignedInClientAsync("bob@example.org");
        var need = await app.PostThroughFormAsync(bobClient, "Need", "Ride to the clinic");
        await (await app.SignedInClientAsync("alice@example.org")).AnswerAsync(need, "I can drive you");
        // The block lands between Bob opening his page and pressing Accept, as a concurrent request would.
        var bobsOpenPage = await bobClient.GetPageAsync($"/Posts/{need}");
        await app.WithDbAsync(db =>
        {
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = alice.Id, BlockedId = bob.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });

        var accepted = await HtmlForms.ParseAsync(await bobClient.SubmitAsync(bobsOpenPage, "form[action*='handler=Accept']", []));
        await app.DeliverEmailAsync();

        Assert.Equal("This answer can no longer be accepted.", accepted.Notice());
        Assert.DoesNotContain("alice@example.org", accepted.Html, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To("alice@example.org"));
        Assert.DoesNotContain(app.Mail.To("bob@example.org"), m => (m.TextBody ?? "").Contains("alice@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_author_blocks_an_answerer_from_her_answer_keeps_his_post_and_she_is_told_nothing()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Cai);
        var alice = await app.SignedInAsync(Person.Alice);
        var bob = await app.SignedInAsync(Person.Bob);
        var need = await app.PostThroughFormAsync(bob, "Need", "Ride to the clinic");
        await alice.AnswerAsync(need, "I can drive you");
        await (await app.SignedInClientAsync("cai@example.org")).AnswerAsync(need, "I could come along");
        var alicesAnswer = await AnswerIdAsync(app, "alice@example.org");
        var caisAnswer = await AnswerIdAsync(app, "cai@example.org");
        await app.DeliverEmailAsync();
        var alicesMailBefore = app.Mail.To("alice@example.org").Count;

        var bobsPage = await bob.PressAsync(need, "BlockAnswerer", Id(alicesAnswer));
        var forged = await HtmlForms.ParseAsync(await bob.PostWithTokenOfAsync(bobsPage, $"/Posts/{need}?handler=Accept&answerId={alicesAnswer}"));
        var accepted = await bob.PressAsync(need, "Accept", Id(caisAnswer));
        await app.DeliverEmailAsync();

        Assert.Equal($"/Posts/{need}", bobsPage.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Blocked", bobsPage.Notice(), StringComparison.Ordinal);
        Assert.NotNull(bobsPage.Document.QuerySelector($"a[href='/Posts/{need}/Edit']"));
        Assert.True((int)forged.Response.StatusCode < 500);
        Assert.Contains("Accepted", accepted.Notice(), StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.org", accepted.Html, StringComparison.Ordinal);
        Assert.Equal(alicesMailBefore, app.Mail.To("alice@example.org").Count);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await alice.GetAsync(new Uri($"/Posts/{need}", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var alicesMine = await alice.GetPageAsync("/Mine");
        Assert.DoesNotContain("block", alicesMine.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bob", (await alice.GetPageAsync("/Profile/Blocked")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_introduction_still_in_the_outbox_when_a_block_is_made_is_never_sent()
    {
        await using var app = new MutualAidApp();
        var (bob, alice, need, answerId) = await app.AnsweredPostAsync(Person.Bob, Person.Alice, answer: "I can drive you");
        await app.DeliverEmailAsync();

        await bob.PressAsync(need, "Accept", answerId);
        var afterBlock = await bob.PressAsync(need, "BlockAnswerer", answerId);
        await app.DeliverEmailAsync();

        Assert.DoesNotContain(app.Mail.All(), m => (m.Subject ?? "").StartsWith("You are in touch", StringComparison.Ordinal));
        Assert.DoesNotContain("alice@example.org", afterBlock.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("bob@example.org", (await alice.GetPageAsync("/Mine")).Html, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(need))!.Status);
    }

    [Fact]
    public async Task After_a_fulfilled_post_a_block_hides_the_address_and_stops_thank_you_notes()
    {
        await using var app = new MutualAidApp();
        var alice = await app.AddNeighborAsync(Person.Alice);
        var aliceClient = await app.SignedInClientAsync("alice@example.org");
        var bob = await app.SignedInAsync(Person.Bob);
        var need = await app.PostThroughFormAsync(bob, "Need", "Ride to the clinic");
        await aliceClient.AnswerAsync(need, "I can drive you");
        await bob.PressAsync(need, "Accept", Id(await AnswerIdAsync(app, "alice@example.org")));
        await bob.PressAsync(need, "Fulfil");
        await app.DeliverEmailAsync();
        var alicesMailBefore = app.Mail.To("alice@example.org").Count;

        await aliceClient.PressAsync(need, "BlockAuthor");
        var bobsPage = await bob.GetPageAsync($"/Posts/{need}");
        var thanked = await bob.PostWithTokenOfAsync(bobsPage, $"/Posts/{need}?handler=Thank&toId={alice.Id}", values: new() { ["Message"] = "Thank you!" });
        await app.DeliverEmailAsync();

        Assert.DoesNotContain("alice@example.org", bobsPage.Html, StringComparison.Ordinal);
        Assert.Null(bobsPage.Document.QuerySelector("form[action*='handler=Thank']"));
        Assert.True((int)thanked.StatusCode < 500);
        Assert.Equal(0, await app.WithDbAsync(db => db.ThankYous.CountAsync()));
        Assert.Equal(alicesMailBefore, app.Mail.To("alice@example.org").Count);
    }

    [Fact]
    public async Task The_blocker_finds_whom_they_blocked_by_name_only_from_the_profile_and_can_unblock()
    {
        await using var app = new MutualAidApp();
        var alice = await app.SignedInAsync(Person.Alice);
        var bob = await app.SignedInAsync(Person.Bob);
        var offer = await app.PostThroughFormAsync(alice, "Offer", "Soup on Sundays");
        await bob.PressAsync(offer, "BlockAuthor");

        var profile = await bob.GetPageAsync("/Profile");
        var list = await bob.GetPageAsync(profile.Document.QuerySelector("a[href='/Profile/Blocked']")!.GetAttribute("href")!);
        var unblocked = await bob.SubmitForPageAsync(list, "main form[action*='handler=Unblock']", []);
        await app.DeliverEmailAsync();

        Assert.Contains("Alice", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.org", list.Html, StringComparison.Ordinal);
        Assert.Contains("Alice", unblocked.Notice(), StringComparison.Ordinal);
        Assert.Null(unblocked.Document.QuerySelector("main form[action*='handler=Unblock']"));
        Assert.Contains("Soup on Sundays", (await bob.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Empty(app.Mail.All());
    }

    private static Task<int> AnswerIdAsync(MutualAidApp app, string email) =>
        app.WithDbAsync(db => (from a in db.Answers join u in db.Users on a.NeighborId equals u.Id where u.Email == email select a.Id).SingleAsync());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
