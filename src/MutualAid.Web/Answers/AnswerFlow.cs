using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

// Runs each step of answering a post: loads what the rule needs, applies the rule on the post,
// queues the emails and saves once. The post's version makes simultaneous steps safe: the
// loser gets a plain message instead of an error. Messages are for the neighbor acting, in the
// language of their request; each email is in its recipient's language.
public sealed partial class AnswerFlow(AppDbContext db, Outbox outbox, AnswerEmails emails, Recipients recipients, NeighborBlocks blocks,
    BlockedAccounts accounts, TimeProvider clock, IStringLocalizer<AnswerFlow> text)
{
    public const string Conflict = "Someone changed this post at the same moment. Here is how it stands now; please check and try again.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<FlowResult> AnswerAsync(int postId, string neighborId, string message, bool everyTime = false) =>
        RunAsync(postId, async post =>
        {
            if (await accounts.IsBlockedAsync(neighborId))
            {
                return FlowResult.Refused(text["Your account is blocked by the neighborhood's stewards, so you cannot post or answer."]);
            }

            if (await blocks.BetweenAsync(neighborId, post.AuthorId))
            {
                return FlowResult.NotFound;
            }

            var earlier = await db.Answers.Where(a => a.PostId == postId && a.NeighborId == neighborId).Select(a => a.Status).ToListAsync();
            if (earlier.Any(status => status is AnswerStatus.Pending or AnswerStatus.Accepted))
            {
                return FlowResult.Refused(text["You have already answered this post."]);
            }

            var answer = post.ReceiveAnswer(neighborId, message, Now, everyTime);
            db.Answers.Add(answer);
            // The author hears of a neighbor's first answer only: answering, withdrawing and answering
            // again must not fill their inbox. Later answers wait on the post's page.
            if (earlier.Count == 0)
            {
                var author = await recipients.OneAsync(post.AuthorId);
                var answerer = await recipients.OneAsync(neighborId);
                outbox.EnqueueUpdate(author, to => emails.NewAnswer(to, answerer.DisplayName, post.Title, post.Id, answer.Message));
            }

            return FlowResult.Done(text["Your answer is sent. You will get an email when the author decides."]);
        });

    public Task<FlowResult> AcceptAsync(int postId, int answerId, string authorId) =>
        AuthorStepAsync(postId, answerId, authorId, async (post, answer) =>
        {
            if (await accounts.RefusalAsync(authorId) is { } refusal)
            {
                return FlowResult.Refused(refusal);
            }

            // Blocks are checked again here, not only when they are made: one may land while the
            // author's page is open.
            if (await accounts.IsBlockedAsync(answer.NeighborId) || await blocks.BetweenAsync(post.AuthorId, answer.NeighborId))
            {
                return FlowResult.Refused(text["This answer can no longer be accepted."]);
            }

            post.Accept(answer, Now);
            var author = await recipients.OneAsync(post.AuthorId);
            var answerer = await recipients.OneAsync(answer.NeighborId);
            // The introduction is sent whatever either chose: it is how they reach each other.
            if (await OfflineNeighborAsync(post) is { } offline)
            {
                outbox.Enqueue(emails.IntroductionToCoordinator(author, answerer, offline.Name, post.Title, post.Id));
                outbox.Enqueue(emails.IntroductionThroughCoordinator(answerer, author, offline.SharedAtIntroduction, offline.SpokenLanguages, post.Title, post.Id));
            }
            else
            {
                outbox.Enqueue(emails.Introduction(author, answerer, post.Title, post.Id, toIsAuthor: true));
                outbox.Enqueue(emails.Introduction(answerer, author, post.Title, post.Id, toIsAuthor: false));
            }

            return FlowResult.Done(text["Accepted. You and {0} each have an email with the other's contact details.", answerer.DisplayName]);
        });

    public Task<FlowResult> DeclineAsync(int postId, int answerId, string authorId) =>
        AuthorStepAsync(postId, answerId, authorId, async (post, answer) =>
        {
            post.Decline(answer, Now);
            var answerer = await recipients.OneAsync(answer.NeighborId);
            outbox.EnqueueUpdate(answerer, to => emails.Declined(to, post.Title));
            return FlowResult.Done(text["Declined. They will get a kind note."]);
        });

    public Task<FlowResult> WithdrawAnswerAsync(int postId, string neighborId) =>
        RunAsync(postId, async post =>
        {
            var answer = await db.Answers.FirstOrDefaultAsync(a => a.PostId == postId && a.NeighborId == neighborId
                && (a.Status == AnswerStatus.Pending || a.Status == AnswerStatus.Accepted));
            if (answer is null)
            {
                return FlowResult.NotFound;
            }

            var wasAccepted = answer.Status == AnswerStatus.Accepted;
            post.WithdrawAnswer(answer, Now);
            if (wasAccepted)
            {
                var author = await recipients.OneAsync(post.AuthorId);
                var helper = await recipients.OneAsync(neighborId);
                outbox.EnqueueUpdate(author, to => emails.SteppedBack(to, helper.DisplayName, post.Title, post.Id));
            }

            return FlowResult.Done(text["Your answer is withdrawn."]);
        });

    private Task<OfflineNeighbor?> OfflineNeighborAsync(Post post) =>
        post.ForOfflineNeighborId is { } id ? db.OfflineNeighbors.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id) : Task.FromResult<OfflineNeighbor?>(null);

    private Task<FlowResult> AuthorStepAsync(int postId, int answerId, string authorId, Func<Post, Answer, Task<FlowResult>> step) =>
        RunAsync(postId, async post =>
        {
            var answer = await db.Answers.FirstOrDefaultAsync(a => a.Id == answerId && a.PostId == postId);
            return !post.IsAuthor(authorId) || answer is null ? FlowResult.NotFound : await step(post, answer);
        });

    private async Task<FlowResult> RunAsync(int postId, Func<Post, Task<FlowResult>> step)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId);
        if (post is null)
        {
            return FlowResult.NotFound;
        }

        try
        {
            var result = await step(post);
            if (result.Outcome == FlowOutcome.Done)
            {
                await db.SaveChangesAsync();
            }

            return result;
        }
        catch (PostRuleException rule)
        {
            // The rules speak English, which is also the key of their translation here.
            return FlowResult.Refused(text[rule.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FlowResult.Refused(text[Conflict]);
        }
        catch (DbUpdateException)
        {
            // The unique index on live answers caught a double submit.
            return FlowResult.Refused(text["You have already answered this post."]);
        }
    }
}
