using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

// Messages are for settling a live answer: they go on after an acceptance, and stop (the history
// staying readable) once the post is done, withdrawn or hidden, or the answer was declined or
// withdrawn.
public class ConversationClosingTests
{
    private const string Closed = "This answer no longer takes messages.";

    [Fact]
    public async Task Messages_go_on_after_the_answer_is_accepted()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await ana.PressAsync(postId, "Accept", answerId);

        var sent = await ben.SendMessageAsync(postId, answerId, "On my way at nine.");

        Assert.Equal("Your message is sent.", sent.Notice().Trim());
        Assert.Equal(["Ben · just now | On my way at nine."], (await ana.GetPageAsync($"/Posts/{postId}")).Messages());
    }

    public static TheoryData<string> Endings => ["Fulfil", "WithdrawPost", "Hide", "Decline", "WithdrawAnswer"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Once_it_ends_no_side_can_send_and_the_author_still_reads_what_was_said(string ending)
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await ben.SendMessageAsync(postId, answerId, "Which door?");
        switch (ending)
        {
            case "Fulfil":
                await ana.PressAsync(postId, "Accept", answerId);
                await ana.PressAsync(postId, "Fulfil");
                break;
            case "WithdrawPost":
                await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{postId}/Withdraw"), "main form[method=post]", []);
                break;
            case "Hide":
                await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Web.Posts.PostStatus.Hidden)));
                break;
            case "Decline":
                await ana.PressAsync(postId, "Decline", answerId);
                break;
            default:
                await ben.PressAsync(postId, "WithdrawAnswer");
                break;
        }

        var authorPage = await ana.GetPageAsync($"/Posts/{postId}");
        var byAuthor = await HtmlForms.ParseAsync(await ana.PostMessageAsync(postId, answerId, "Still there?", tokenFromPost: postId));
        var byAnswerer = await ben.PostMessageAsync(postId, answerId, "Hello?", tokenFromPost: ending is "WithdrawPost" or "Hide" ? null : postId);

        Assert.Empty(authorPage.Document.QuerySelectorAll("form[action*='handler=Talk']"));
        Assert.Equal(["Ben · just now | Which door?"], authorPage.Messages());
        Assert.Equal(Closed, byAuthor.Notice().Trim());
        if (ending is "WithdrawPost" or "Hide")
        {
            // The post has left public view: for the answerer it is gone, as on its page.
            Assert.Equal(System.Net.HttpStatusCode.NotFound, byAnswerer.StatusCode);
        }
        else
        {
            Assert.Equal(Closed, (await HtmlForms.ParseAsync(byAnswerer)).Notice().Trim());
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }
}
