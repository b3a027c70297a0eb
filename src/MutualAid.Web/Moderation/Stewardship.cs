using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// The steward's tools and the reports that feed them. Every steward action is logged.
public sealed class Stewardship(AppDbContext db, UserManager<Neighbor> users, IOptions<StewardOptions> options, TimeProvider clock,
    IStringLocalizer<Stewardship> text)
{
    public const int ReportsToHide = 3;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task ReportPostAsync(string reporterId, Post post, string reason)
    {
        db.Reports.Add(new Report(reporterId, post.Id, null, reason, Now));
        await db.SaveChangesAsync();
        var reporters = await db.Reports.Where(r => r.PostId == post.Id && r.ResolvedAt == null).Select(r => r.ReporterId).Distinct().CountAsync();
        if (reporters >= ReportsToHide && post.Status != PostStatus.Hidden)
        {
            post.Hide(StewardLog.AutoHideReason, Now);
            db.StewardActions.Add(new StewardAction("", "Hid automatically", PostTarget(post), StewardLog.ReportedBy(reporters), Now));
            await db.SaveChangesAsync();
        }
    }

    public async Task ReportNeighborAsync(string reporterId, string neighborId, string reason)
    {
        db.Reports.Add(new Report(reporterId, null, neighborId, reason, Now));
        await db.SaveChangesAsync();
    }

    public Task HideAsync(string stewardId, Post post, string reason) =>
        ActAsync(stewardId, "Hid post", PostTarget(post), reason, post.Id, null, () => post.Hide(reason, Now));

    public Task RestoreAsync(string stewardId, Post post, string reason) =>
        ActAsync(stewardId, "Restored post", PostTarget(post), reason, post.Id, null, () => post.Restore(Now));

    public Task DismissAsync(string stewardId, int reportId, string reason) =>
        ActAsync(stewardId, "Dismissed report", StewardLog.ReportTarget(reportId), reason, null, null, () => { }, reportId);

    public async Task BlockAsync(string stewardId, Neighbor neighbor, string reason)
    {
        var posts = await db.Posts.Where(p => p.AuthorId == neighbor.Id && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress)).ToListAsync();
        var postIds = posts.Select(p => p.Id).ToList();
        await ActAsync(stewardId, "Blocked neighbor", $"{neighbor.DisplayName} ({neighbor.Email})", reason, null, neighbor.Id, () =>
        {
            neighbor.IsBlocked = true;
            posts.ForEach(p => p.Hide(StewardLog.BlockedAuthorReason, Now));
        }, alsoPosts: postIds);
    }

    public async Task NameStewardAsync(string stewardId, Neighbor neighbor, string reason)
    {
        await users.AddToRoleAsync(neighbor, StewardOptions.Role);
        db.StewardActions.Add(new StewardAction(stewardId, "Named steward", $"{neighbor.DisplayName} ({neighbor.Email})", reason, Now));
        await db.SaveChangesAsync();
    }

    public Task LogAsync(string stewardId, string action, string target, string reason)
    {
        db.StewardActions.Add(new StewardAction(stewardId, action, target, reason, Now));
        return db.SaveChangesAsync();
    }

    // The first account, and anyone whose email the host listed, is a steward, once the address is
    // confirmed: whoever signs up first with a listed address, or on a new site, gets nothing
    // until they prove the mailbox is theirs. "First" is the only confirmed account.
    public async Task GrantIfDueAsync(Neighbor neighbor)
    {
        if (!neighbor.EmailConfirmed)
        {
            return;
        }

        var listed = options.Value.Stewards.Any(e => string.Equals(e.Trim(), neighbor.Email, StringComparison.OrdinalIgnoreCase));
        var first = !await db.Users.AnyAsync(u => u.EmailConfirmed && u.Id != neighbor.Id);
        if ((listed || first) && !await users.IsInRoleAsync(neighbor, StewardOptions.Role))
        {
            await users.AddToRoleAsync(neighbor, StewardOptions.Role);
        }
    }

    public async Task<string?> PostingRefusalAsync(string neighborId, string title, string details)
    {
        var neighbor = await db.Users.AsNoTracking().FirstAsync(u => u.Id == neighborId);
        if (neighbor.IsBlocked)
        {
            return text["Your account is blocked by the neighborhood's stewards, so you cannot post or answer."];
        }

        var limits = options.Value;
        if (Now - neighbor.CreatedAt >= TimeSpan.FromHours(limits.NewAccountHours))
        {
            return null;
        }

        if (LinkPattern.IsMatch(title) || LinkPattern.IsMatch(details))
        {
            return text["New accounts cannot put links in posts for their first {0} hours. Please describe it in words.", limits.NewAccountHours];
        }

        var posts = await db.Posts.CountAsync(p => p.AuthorId == neighborId);
        return posts >= limits.NewAccountMaxPosts
            ? text["New accounts can make {0} posts in their first {1} hours. Please try again later.", limits.NewAccountMaxPosts, limits.NewAccountHours].Value
            : null;
    }

    private static readonly System.Text.RegularExpressions.Regex LinkPattern =
        new(@"(https?://|www\.|\b[a-z0-9-]+\.(com|org|net|io|ly|me|info|biz)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private static string PostTarget(Post post) => StewardLog.PostTarget(post.Id, post.Title);

    private async Task ActAsync(string stewardId, string action, string target, string reason, int? postId, string? neighborId,
        Action change, int? reportId = null, List<int>? alsoPosts = null)
    {
        change();
        var open = await db.Reports.Where(r => r.ResolvedAt == null
            && (r.Id == reportId || (postId != null && r.PostId == postId) || (neighborId != null && r.NeighborId == neighborId)
                || (alsoPosts != null && r.PostId != null && alsoPosts.Contains(r.PostId.Value)))).ToListAsync();
        open.ForEach(r => r.Resolve(Now));
        db.StewardActions.Add(new StewardAction(stewardId, action, target, reason, Now));
        await db.SaveChangesAsync();
    }
}
