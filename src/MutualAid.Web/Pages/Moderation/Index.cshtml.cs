using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

public sealed record OpenReport(int Id, string ReporterName, int? PostId, string? PostTitle, PostStatus? PostStatus, string? AuthorId,
    string? NeighborId, string? NeighborName, string Reason, DateTime CreatedAt);

public sealed record LoggedAction(string StewardName, string What, string Why, DateTime CreatedAt);

// The steward's queue: open reports with their actions, and the log of every steward action.
public class IndexModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, StewardLog stewardLog, TimeProvider clock,
    IStringLocalizer<IndexModel> text) : PageModel
{
    public IReadOnlyList<OpenReport> Reports { get; private set; } = [];
    public IReadOnlyList<LoggedAction> Log { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync()
    {
        Reports = await (from r in db.Reports.AsNoTracking()
                         where r.ResolvedAt == null
                         join reporter in db.Users on r.ReporterId equals reporter.Id
                         join post in db.Posts on r.PostId equals post.Id into posts
                         from post in posts.DefaultIfEmpty()
                         join neighbor in db.Users on r.NeighborId equals neighbor.Id into neighbors
                         from neighbor in neighbors.DefaultIfEmpty()
                         orderby r.CreatedAt
                         select new OpenReport(r.Id, reporter.DisplayName, r.PostId, post == null ? null : post.Title,
                             post == null ? null : post.Status, post == null ? null : post.AuthorId,
                             r.NeighborId, neighbor == null ? null : neighbor.DisplayName, r.Reason, r.CreatedAt))
            .Take(200).ToListAsync();
        var log = await (from a in db.StewardActions.AsNoTracking()
                         join s in db.Users on a.StewardId equals s.Id into stewards
                         from s in stewards.DefaultIfEmpty()
                         orderby a.CreatedAt descending
                         select new { Action = a, StewardName = s == null ? "MutualAid" : s.DisplayName })
            .Take(100).ToListAsync();
        Log = log.Select(x => new LoggedAction(x.StewardName, stewardLog.What(x.Action), stewardLog.Why(x.Action), x.Action.CreatedAt)).ToList();
    }

    public Task<IActionResult> OnPostHideAsync(int postId, string? reason) =>
        WithPostAsync(postId, reason, (post, why) => stewardship.HideAsync(Me, post, why), text["Hidden. The author sees your reason."]);

    public Task<IActionResult> OnPostRestoreAsync(int postId, string? reason) =>
        WithPostAsync(postId, reason, (post, why) => stewardship.RestoreAsync(Me, post, why), text["Restored."]);

    public async Task<IActionResult> OnPostBlockAsync(string neighborId, string? reason)
    {
        var neighbor = await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (neighbor is null)
        {
            return NotFound();
        }

        if (neighbor.Id == Me)
        {
            TempData["Notice"] = text["You cannot block your own account."].Value;
            return RedirectToPage();
        }

        return await WithReasonAsync(reason, why => stewardship.BlockAsync(Me, neighbor, why), text["Blocked. Their open posts are hidden."]);
    }

    public Task<IActionResult> OnPostDismissAsync(int reportId, string? reason) =>
        WithReasonAsync(reason, why => stewardship.DismissAsync(Me, reportId, why), text["Report dismissed."]);

    private string Me => users.GetUserId(User)!;

    private async Task<IActionResult> WithPostAsync(int postId, string? reason, Func<Post, string, Task> act, string notice)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId);
        return post is null ? NotFound() : await WithReasonAsync(reason, why => act(post, why), notice);
    }

    // Every action needs a reason: it is logged for the other stewards and, for a hidden post, shown to its author.
    private async Task<IActionResult> WithReasonAsync(string? reason, Func<string, Task> act, string notice)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength)
        {
            TempData["Notice"] = text["Give a reason of 1 to {0} characters; it is recorded with the action.", Report.ReasonMaxLength].Value;
            return RedirectToPage();
        }

        await act(reason.Trim());
        TempData["Notice"] = notice;
        return RedirectToPage();
    }
}
