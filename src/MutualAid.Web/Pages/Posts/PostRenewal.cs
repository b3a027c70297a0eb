using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.PostPages;

// Renewing a post, from its page or from the link in the expiry reminder: the rule is on the post,
// the new period re-runs matching, and an author the stewards blocked cannot renew. A change made
// to the post at the same moment wins; the author is told plainly and may try again.
public sealed class PostRenewal(AppDbContext db, RenewTokens tokens, MatchFinder matches, BlockedAccounts accounts, TimeProvider clock, IOptions<ExpiryOptions> expiry,
    Labels labels, IStringLocalizer<PostRenewal> text)
{
    public const string Conflict = "Someone changed this post at the same moment. Please try once more.";

    public Task<FlowResult> RenewByAuthorAsync(int postId, string authorId, CancellationToken cancellationToken = default) =>
        RenewAsync(postId, post => post.IsAuthor(authorId), cancellationToken);

    // The signed token names the post, so the author needs no log-in.
    public Task<FlowResult> RenewByLinkAsync(int postId, string? token, CancellationToken cancellationToken = default) =>
        tokens.PostIdFrom(token) == postId ? RenewAsync(postId, _ => true, cancellationToken) : Task.FromResult(FlowResult.NotFound);

    private async Task<FlowResult> RenewAsync(int postId, Func<Post, bool> mayRenew, CancellationToken cancellationToken)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || !mayRenew(post))
        {
            return FlowResult.NotFound;
        }

        if (await accounts.RefusalAsync(post.AuthorId, cancellationToken) is { } refusal)
        {
            return FlowResult.Refused(refusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            post.Renew(now, expiry.Value.ReminderAhead);
            await matches.SaveWithMatchesAsync(post, now, cancellationToken: cancellationToken);
            return FlowResult.Done(text["Renewed: your post is open until {0}.", labels.Date(post.ExpiresAt)]);
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
    }
}
