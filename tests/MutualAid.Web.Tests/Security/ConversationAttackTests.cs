using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Messages on answers, attacked: a third neighbor edits the post and answer ids to read or write
// on someone else's conversation; a blocked neighbor writes to learn whether they were blocked;
// someone floods a neighbor's inbox, or opens a fresh account to do it; a page elsewhere posts
// the form without its token.
public class ConversationAttackTests
{
    [Fact]
    public async Task A_third_neighbor_editing_the_ids_gets_the_same_answer_as_for_an_answer_that_does_not_exist()
    {
        await using var app = new MutualAidApp();
        var (_, _, postId, answerId) = await app.AnsweredPostAsync();
        var cai = await app.SignedInAsync(Person.Cai);
        var caisPost = await app.PostThroughFormAsync(cai, "Offer", "Spare bread");

        var missing = await cai.PostMessageAsync(postId, answerId + 1000, "Hello?");
        var attempts = new[]
        {
            await cai.PostMessageAsync(postId, answerId, "Hello?"),
            await cai.PostMessageAsync(caisPost, answerId, "Hello?"),
            await cai.PostMessageAsync(postId + 1000, answerId, "Hello?"),
        };
        await app.DeliverEmailAsync();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var attempt in attempts)
        {
            Assert.Equal(await ShownAsync(missing), await ShownAsync(attempt));
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
        Assert.DoesNotContain(app.Mail.All(), m => (m.Subject ?? "").Contains("message", StringComparison.Ordinal));
    }

    // An answerer whose post the author blocked them from writes to it, and one whose post the
    // author withdrew does the same: they get the same answer.
    [Fact]
    public async Task An_answerer_the_author_blocked_is_told_what_an_answerer_of_a_withdrawn_post_is_told()
    {
        async Task<(HttpStatusCode, string)> AttemptAsync(bool block)
        {
            await using var app = new MutualAidApp();
            var (alice, bob, postId, answerId) = await app.AnsweredPostAsync(Person.Alice, Person.Bob);
            await bob.SendMessageAsync(postId, answerId, "Which door?");
            if (block)
            {
                await alice.PressAsync(postId, "BlockAnswerer", answerId);
            }
            else
            {
                await alice.SubmitAsync(await alice.GetPageAsync($"/Posts/{postId}/Withdraw"), "main form[method=post]", []);
            }

            var response = await bob.PostMessageAsync(postId, answerId, "Hello?");
            Assert.Equal(1, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
            return await ShownAsync(response);
        }

        var blocked = await AttemptAsync(block: true);
        var withdrawn = await AttemptAsync(block: false);

        Assert.Equal(HttpStatusCode.NotFound, blocked.Item1);
        Assert.Equal(withdrawn, blocked);
    }

    // An author whose answerer blocked her writes on the answer, and one whose answerer simply
    // withdrew does the same: the page and the message read the same.
    [Fact]
    public async Task An_author_the_answerer_blocked_sees_what_she_sees_when_the_answerer_withdrew()
    {
        async Task<(string Notice, string Answer)> AttemptAsync(bool block)
        {
            await using var app = new MutualAidApp();
            var (bob, alice, postId, answerId) = await app.AnsweredPostAsync(Person.Bob, Person.Alice);
            await alice.SendMessageAsync(postId, answerId, "I can come at six.");
            await alice.PressAsync(postId, block ? "BlockAuthor" : "WithdrawAnswer");

            var page = await HtmlForms.ParseAsync(await bob.PostMessageAsync(postId, answerId, "Still coming?", tokenFromPost: postId));
            await app.DeliverEmailAsync();
            Assert.DoesNotContain(app.Mail.To("alice@example.org"), m => (m.Subject ?? "").Contains("message", StringComparison.Ordinal));
            return (page.Notice().Trim(), page.Document.QuerySelector(".post-card")!.TextContent);
        }

        var blocked = await AttemptAsync(block: true);
        var withdrew = await AttemptAsync(block: false);

        Assert.Equal("This answer no longer takes messages.", blocked.Notice);
        Assert.Equal(withdrew, blocked);
    }

    // A block made while both pages are open, before the answer is ended, as a concurrent request
    // would leave it: neither side can write across it.
    [Fact]
    public async Task A_block_that_lands_while_the_answer_is_live_stops_messages_both_ways()
    {
        await using var app = new MutualAidApp();
        var (bob, alice, postId, answerId) = await app.AnsweredPostAsync(Person.Bob, Person.Alice);
        var ids = await app.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.DisplayName, u => u.Id));
        var bobsPage = await bob.GetPageAsync($"/Posts/{postId}");
        await app.WithDbAsync(db =>
        {
            db.NeighborBlocks.Add(new NeighborBlock { BlockerId = ids["Bob"], BlockedId = ids["Alice"], CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });

        var byBob = await HtmlForms.ParseAsync(await bob.SubmitAsync(bobsPage, "form[action*='handler=Talk']", new() { ["Reply"] = "Hi" }));
        var byAlice = await alice.PostMessageAsync(postId, answerId, "Hi");

        Assert.Equal("This answer no longer takes messages.", byBob.Notice().Trim());
        Assert.Equal(HttpStatusCode.NotFound, byAlice.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }

    [Fact]
    public async Task A_flood_of_messages_meets_the_too_many_tries_page_and_saves_nothing_more()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:MessagesPerNeighborPerHour"] = "3" });
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, u => u.CreatedAt.AddDays(-30))));

        for (var n = 0; n < 3; n++)
        {
            Assert.Equal("Your message is sent.", (await ana.SendMessageAsync(postId, answerId, $"Message {n}")).Notice().Trim());
        }

        var flooded = await ana.PostMessageAsync(postId, answerId, "One more", tokenFromPost: postId);
        var reply = await ben.SendMessageAsync(postId, answerId, "Slow down");

        Assert.Equal(HttpStatusCode.TooManyRequests, flooded.StatusCode);
        Assert.Contains("Too many tries", await flooded.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("Your message is sent.", reply.Notice().Trim());
        Assert.Equal(4, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }

    [Fact]
    public async Task A_new_account_sends_only_a_few_messages_in_its_first_hours()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:NewAccountHours"] = "24", ["MutualAid:NewAccountMaxMessages"] = "2" });
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.DisplayName == "Ana").ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, u => u.CreatedAt.AddDays(-30))));

        await ben.SendMessageAsync(postId, answerId, "One");
        await ben.SendMessageAsync(postId, answerId, "Two");
        var third = await ben.SendMessageAsync(postId, answerId, "Three");
        var fromOlderAccount = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            fromOlderAccount.Add((await ana.SendMessageAsync(postId, answerId, $"Ana {n}")).Notice().Trim());
        }

        app.Clock.Advance(TimeSpan.FromHours(25));
        var nextDay = await ben.SendMessageAsync(postId, answerId, "Three, a day later");

        Assert.Equal("New accounts can send 2 messages in their first 24 hours. Please try again later.", third.Notice().Trim());
        Assert.All(fromOlderAccount, notice => Assert.Equal("Your message is sent.", notice));
        Assert.Equal("Your message is sent.", nextDay.Notice().Trim());
        Assert.Equal(6, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }

    // What a person sees of a response: its status and the words of the page, not the tokens
    // every page carries.
    private static async Task<(HttpStatusCode, string)> ShownAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await HtmlForms.ParseAsync(response)).Document.QuerySelector("main")?.TextContent.Trim() ?? "");

    [Fact]
    public async Task A_message_posted_without_the_forms_token_is_refused_and_saves_nothing()
    {
        await using var app = new MutualAidApp();
        var (ana, _, postId, answerId) = await app.AnsweredPostAsync();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Reply"] = "Hi" });

        var response = await ana.PostAsync(new Uri($"/Posts/{postId}?handler=Talk&answerId={answerId}", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }
}
