using Microsoft.AspNetCore.Mvc;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.PostPages;

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
            return await ShowAsync(id, cancellationToken);
        }

        return await AsNeighborAsync(id, me => flow.AnswerAsync(id, me, Message ?? "", EveryTime));
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

    // Anyone but the author, signed in or not, finds no such post to renew.
    [RateLimited(LimitedAction.Renewing)]
    public async Task<IActionResult> OnPostRenewAsync(int id, CancellationToken cancellationToken) =>
        Finish(id, await renewal.RenewByAuthorAsync(id, users.GetUserId(User) ?? "", cancellationToken));

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

    [RateLimited(LimitedAction.Messaging)]
    public async Task<IActionResult> OnPostTalkAsync(int id, int answerId, [FromServices] Conversations conversations, CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } me)
        {
            return Challenge();
        }

        var sent = await conversations.SendAsync(id, answerId, me, Reply);
        if (sent.FieldError is not { } error)
        {
            return Finish(id, sent.Flow);
        }

        ModelState.AddModelError(nameof(Reply), error);
        ReplyAnswerId = answerId;
        return await ShowAsync(id, cancellationToken);
    }

    // Blocking the author leaves their post out of sight, so the reader goes back to the list.
    [RateLimited(LimitedAction.Blocking)]
    public async Task<IActionResult> OnPostBlockAuthorAsync(int id)
    {
        if (users.GetUserId(User) is not { } me)
        {
            return Challenge();
        }

        var result = await blocking.BlockAuthorAsync(id, me);
        if (result.Outcome == FlowOutcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = result.Message;
        return RedirectToPage("/Index");
    }

    // The author blocks someone who answered their post; the post stays theirs to manage.
    [RateLimited(LimitedAction.Blocking)]
    public Task<IActionResult> OnPostBlockAnswererAsync(int id, int answerId) => AsNeighborAsync(id, me => blocking.BlockAnswererAsync(id, answerId, me));

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
