using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// The steward's tools and the reports that feed them. Every steward action is logged.
public sealed class Stewardship(AppDbContext db, UserManager<Neighbor> users, IOptions<StewardOptions> options, TimeProvider clock,
    IStringLocalizer<Stewardship> text, Outbox outbox, Recipients recipients, ModerationEmails emails, IHostEnvironment environment)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task ReportPostAsync(string reporterId, Post post, string reason)
    {
        db.Reports.Add(new Report(reporterId, post.Id, null, reason, Now));
        await db.SaveChangesAsync();
        var reports = await (from r in db.Reports.AsNoTracking()
                             where r.PostId == post.Id
                             join n in db.Users on r.ReporterId equals n.Id
                             select new AutomaticHide.PostReport(r.ReporterId, r.CreatedAt, r.ResolvedAt != null, n.CreatedAt, n.IsBlocked))
            .ToListAsync();
        var reporters = AutomaticHide.CountingReporters(reports, TimeSpan.FromHours(options.Value.NewAccountHours));
        if (reporters >= AutomaticHide.Reporters && post.Status != PostStatus.Hidden)
        {
            post.Hide(HideCause.Reports, null, Now);
            db.StewardActions.Add(StewardAction.HidAutomatically(post, reporters).At(Now));
            await TellAuthorAsync(post);
            await db.SaveChangesAsync();
        }
    }

    public async Task ReportNeighborAsync(string reporterId, string neighborId, string reason)
    {
        db.Reports.Add(new Report(reporterId, null, neighborId, reason, Now));
        await db.SaveChangesAsync();
    }

    // Returns why it was refused, or null when done.
    public async Task<string?> HideAsync(string stewardId, Post post, string reason)
    {
        if (post.IsHidden || post.Status is PostStatus.Fulfilled or PostStatus.Withdrawn)
        {
            return text["This post is already hidden or closed, so there is nothing to hide."];
        }

        await TellAuthorAsync(post, HideCause.Steward, reason);
        await ActAsync(StewardAction.HidPost(stewardId, post, reason), () => post.Hide(HideCause.Steward, reason, Now));
        return null;
    }

    public async Task<string?> RestoreAsync(string stewardId, Post post, string reason)
    {
        if (!post.IsHidden)
        {
            return text["This post is not hidden, so there is nothing to restore."];
        }

        await ActAsync(StewardAction.RestoredPost(stewardId, post, reason), () => post.Restore(Now));
        return null;
    }

    public Task DismissAsync(string stewardId, int reportId, string reason) =>
        ActAsync(StewardAction.DismissedReport(stewardId, reportId, reason), () => { });

    public async Task BlockAsync(string stewardId, Neighbor neighbor, string reason)
    {
        var posts = await db.Posts.Where(p => p.AuthorId == neighbor.Id && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress)).ToListAsync();
        var postIds = posts.Select(p => p.Id).ToList();
        // Their waiting answers are withdrawn, so no author accepts one and is put in touch with them.
        var waiting = await (from a in db.Answers
                             where a.NeighborId == neighbor.Id && a.Status == AnswerStatus.Pending
                             join p in db.Posts on a.PostId equals p.Id
                             select new { Answer = a, Post = p }).ToListAsync();
        await ActAsync(StewardAction.BlockedNeighbor(stewardId, neighbor, reason), () =>
        {
            neighbor.IsBlocked = true;
            posts.ForEach(p => p.Hide(HideCause.BlockedAuthor, null, Now));
            waiting.ForEach(x => x.Post.EndForBlock(x.Answer, byAuthor: false, Now));
        }, postIds);
        if (await users.IsInRoleAsync(neighbor, StewardOptions.Role))
        {
            await users.RemoveFromRoleAsync(neighbor, StewardOptions.Role);
        }
    }

    public Task LogAsync(StewardAction action)
    {
        db.StewardActions.Add(action.At(Now));
        return db.SaveChangesAsync();
    }

    public Task LogAsync(IEnumerable<StewardAction> actions)
    {
        db.StewardActions.AddRange(actions.Select(a => a.At(Now)));
        return db.SaveChangesAsync();
    }

    // Anyone whose email the host listed is a steward, once the address is confirmed: whoever signs
    // up first with a listed address gets nothing until they prove the mailbox is theirs. Off
    // production (a trial, a test) the first confirmed account is one too; a public site's first
    // visitor could be anyone, so there the host names the first steward (make-steward).
    public async Task GrantIfDueAsync(Neighbor neighbor)
    {
        if (!neighbor.EmailConfirmed)
        {
            return;
        }

        var listed = options.Value.Stewards.Any(e => string.Equals(e.Trim(), neighbor.Email, StringComparison.OrdinalIgnoreCase));
        var first = !environment.IsProduction() && !await db.Users.AnyAsync(u => u.EmailConfirmed && u.Id != neighbor.Id);
        if ((listed || first) && !await users.IsInRoleAsync(neighbor, StewardOptions.Role))
        {
            await users.AddToRoleAsync(neighbor, StewardOptions.Role);
        }
    }

    public async Task<string?> PostingRefusalAsync(string neighborId, string title, string details)
    {
        if (await EditingRefusalAsync(neighborId, title, details) is { } refusal)
        {
            return refusal;
        }

        if (await NewAccountPostCapAsync(neighborId) is not { } cap)
        {
            return null;
        }

        var posts = await db.Posts.CountAsync(p => p.AuthorId == neighborId);
        var limits = options.Value;
        return posts >= cap
            ? text["New accounts can make {0} posts in their first {1} hours. Please try again later.", limits.NewAccountMaxPosts, limits.NewAccountHours].Value
            : null;
    }

    // An edit is not a new post: it is refused to a blocked account, and a new account's edit may
    // hold no link, but it does not count towards the new-account post limit. What an edit could
    // add, reaching neighbors through new matches, is capped by NewAccountPostCapAsync instead.
    public async Task<string?> EditingRefusalAsync(string neighborId, string title, string details)
    {
        var neighbor = await db.Users.AsNoTracking().FirstAsync(u => u.Id == neighborId);
        if (neighbor.IsBlocked)
        {
            return text["Your account is blocked by the neighborhood's stewards, so you cannot post or answer."];
        }

        var limits = options.Value;
        return IsNew(neighbor) && (LinkPattern.IsMatch(title) || LinkPattern.IsMatch(details))
            ? text["New accounts cannot put links in posts for their first {0} hours. Please describe it in words.", limits.NewAccountHours].Value
            : null;
    }

    // How many posts a new account may make; null once the account is no longer new.
    public async Task<int?> NewAccountPostCapAsync(string neighborId)
    {
        var neighbor = await db.Users.AsNoTracking().FirstAsync(u => u.Id == neighborId);
        return IsNew(neighbor) ? options.Value.NewAccountMaxPosts : null;
    }

    private bool IsNew(Neighbor neighbor) => Now - neighbor.CreatedAt < TimeSpan.FromHours(options.Value.NewAccountHours);

    private static readonly System.Text.RegularExpressions.Regex LinkPattern =
        new(@"(https?://|www\.|\b[a-z0-9-]+\.(com|org|net|io|ly|me|info|biz)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    // Queued in the same unit of work as the hide, so the author hears exactly when it happens.
    private async Task TellAuthorAsync(Post post, HideCause cause = HideCause.Reports, string? note = null)
    {
        var author = await recipients.OneAsync(post.AuthorId);
        outbox.EnqueueUpdate(author, to => emails.PostHidden(to, post.Title, cause, note));
    }

    // An action settles the open reports about what it acted on: the report, post or neighbor it
    // names, and the posts of a blocked neighbor.
    private async Task ActAsync(StewardAction action, Action change, IReadOnlyCollection<int>? neighborsPosts = null)
    {
        change();
        var (reportId, postId, neighborId, alsoPosts) = (action.ReportId, action.PostId, action.NeighborId, neighborsPosts ?? []);
        var open = await db.Reports.Where(r => r.ResolvedAt == null
            && (r.Id == reportId || (postId != null && r.PostId == postId) || (neighborId != null && r.NeighborId == neighborId)
                || (r.PostId != null && alsoPosts.Contains(r.PostId.Value)))).ToListAsync();
        open.ForEach(r => r.Resolve(Now));
        db.StewardActions.Add(action.At(Now));
        await db.SaveChangesAsync();
    }
}
