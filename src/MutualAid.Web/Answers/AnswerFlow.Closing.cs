using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

// The steps that close a post: fulfilling and withdrawing it, and what that means for answers.
public sealed partial class AnswerFlow
{
    public Task<FlowResult> FulfilAsync(int postId, string neighborId) =>
        RunAsync(postId, async post =>
        {
            var accepted = await AcceptedNeighborIdsAsync(postId);
            if (!post.IsAuthor(neighborId) && !accepted.Contains(neighborId))
            {
                return FlowResult.NotFound;
            }

            if (await accounts.RefusalAsync(neighborId) is { } refusal)
            {
                return FlowResult.Refused(refusal);
            }

            await CloseWaitingAnswersAsync(post, fulfilled: true);
            post.Fulfil(Now);
            foreach (var id in accepted.Append(post.AuthorId).Where(id => id != neighborId))
            {
                outbox.EnqueueUpdate(await recipients.OneAsync(id), to => emails.Closed(to, post.Title, post.Id, fulfilled: true));
            }

            return FlowResult.Done(text["Marked fulfilled. You can leave a thank-you note below."]);
        });

    public Task<FlowResult> WithdrawPostAsync(int postId, string authorId) =>
        RunAsync(postId, async post =>
        {
            if (!post.IsAuthor(authorId))
            {
                return FlowResult.NotFound;
            }

            await CloseWaitingAnswersAsync(post, fulfilled: false);
            post.Withdraw(Now);
            foreach (var id in await AcceptedNeighborIdsAsync(postId))
            {
                outbox.EnqueueUpdate(await recipients.OneAsync(id), to => emails.Closed(to, post.Title, post.Id, fulfilled: false));
            }

            return FlowResult.Done(text["Withdrawn. Nobody else can see this post now."]);
        });

    // Answers still waiting when a post closes are declined, with a short note, so nobody is left
    // waiting for a decision that will never come.
    private async Task CloseWaitingAnswersAsync(Post post, bool fulfilled)
    {
        var waiting = await db.Answers.Where(a => a.PostId == post.Id && a.Status == AnswerStatus.Pending).ToListAsync();
        foreach (var answer in waiting)
        {
            post.Decline(answer, Now);
            outbox.EnqueueUpdate(await recipients.OneAsync(answer.NeighborId), to => emails.Closed(to, post.Title, post.Id, fulfilled));
        }
    }

    public Task<List<string>> AcceptedNeighborIdsAsync(int postId) =>
        db.Answers.Where(a => a.PostId == postId && a.Status == AnswerStatus.Accepted).Select(a => a.NeighborId).ToListAsync();
}
