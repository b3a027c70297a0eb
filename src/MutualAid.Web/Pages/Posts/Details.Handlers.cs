using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Posts;

// Every action on a post's page: each runs one step of the flow, then redirects back to the
// page with a plain message (post/redirect/get), or shows the page again for bad input.
public partial class DetailsModel
{
    [RateLimited(LimitedAction.Answering)]
    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellationToken)
    {
        if ((Message?.Length ?? 0) > Answer.MessageMaxLength)
        {
            ModelState.AddModelError(nameof(Message), text["Keep your message to {0} characters or fewer.", Answer.MessageMaxLength]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await AsNeighborAsync(id, me => flow.AnswerAsync(id, me, Message ?? ""));
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostAcceptAsync(int id, int answerId) => AsNeighborAsync(id, me => flow.AcceptAsync(id, answerId, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostDeclineAsync(int id, int answerId) => AsNeighborAsync(id, me => flow.DeclineAsync(id, answerId, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostWithdrawAnswerAsync(int id) => AsNeighborAsync(id, me => flow.WithdrawAnswerAsync(id, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostFulfilAsync(int id) => AsNeighborAsync(id, me => flow.FulfilAsync(id, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostWithdrawAsync(int id) => AsNeighborAsync(id, me => flow.WithdrawPostAsync(id, me));

    [RateLimited(LimitedAction.Renewing)]
    public async Task<IActionResult> OnPostRenewAsync(int id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.FindAsync([id], cancellationToken);
        if (post is null || !post.IsAuthor(ViewerIdOrEmpty))
        {
            return NotFound();
        }

        if (await accounts.RefusalAsync(ViewerIdOrEmpty, cancellationToken) is { } refusal)
        {
            return Finish(id, FlowResult.Refused(refusal));
        }

        try
        {
            post.Renew(Now);
            await matchFinder.SaveWithMatchesAsync(post, Now, cancellationToken);
            return Finish(id, FlowResult.Done(text["Renewed: your post is open until {0}.", labels.Date(post.ExpiresAt)]));
        }
        catch (MutualAid.Web.Posts.PostRuleException rule)
        {
            // The rules speak English; this page translates the ones renewing can break.
            return Finish(id, FlowResult.Refused(text[rule.Message]));
        }
    }

    [RateLimited(LimitedAction.Thanking)]
    public Task<IActionResult> OnPostThankAsync(int id, string toId, bool sharePublicly) =>
        AsNeighborAsync(id, me =>
        {
            var message = Message?.Trim() ?? "";
            return message.Length is 0 or > ThankYou.MessageMaxLength
                ? Task.FromResult(FlowResult.Refused(text["Write a note of 1 to {0} characters.", ThankYou.MessageMaxLength]))
                : gratitude.ThankAsync(id, me, toId, message, sharePublicly);
        });

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostShareThanksAsync(int id, int noteId) =>
        AsNeighborAsync(id, me => gratitude.AgreeToShareAsync(noteId, me));

    [RateLimited(LimitedAction.Blocking)]
    public async Task<IActionResult> OnPostBlockAuthorAsync(int id)
    {
        var me = users.GetUserId(User);
        var authorId = await db.Posts.Where(p => p.Id == id).Select(p => p.AuthorId).FirstOrDefaultAsync();
        if (me is null)
        {
            return Challenge();
        }

        if (authorId is null || authorId == me)
        {
            return NotFound();
        }

        await blocks.BlockAsync(me, authorId);
        TempData["Notice"] = text["Blocked. You will not see each other's posts, answer each other or be matched."].Value;
        return RedirectToPage("/Index");
    }

    // An author blocks someone who answered their post, from the answer; the post stays theirs to manage.
    [RateLimited(LimitedAction.Blocking)]
    public async Task<IActionResult> OnPostBlockAnswererAsync(int id, int answerId)
    {
        if (users.GetUserId(User) is not { } me)
        {
            return Challenge();
        }

        var answererId = await db.Answers.Where(a => a.Id == answerId && a.PostId == id && db.Posts.Any(p => p.Id == id && p.AuthorId == me))
            .Select(a => a.NeighborId).FirstOrDefaultAsync();
        if (answererId is null)
        {
            return NotFound();
        }

        await blocks.BlockAsync(me, answererId);
        return Finish(id, FlowResult.Done(text["Blocked. You will not see each other's posts, answer each other or be matched."]));
    }

    private string ViewerIdOrEmpty => users.GetUserId(User) ?? "";

    private async Task<IActionResult> AsNeighborAsync(int id, Func<string, Task<FlowResult>> step) =>
        users.GetUserId(User) is { } me ? Finish(id, await step(me)) : Challenge();

    private IActionResult Finish(int id, FlowResult result)
    {
        if (result.Outcome == FlowOutcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = result.Message;
        return RedirectToPage("/Posts/Details", new { id });
    }
}
