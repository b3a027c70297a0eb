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

public sealed record LoggedAction(string StewardName, string What, string Why, DateTime CreatedAt, int? PostId, string? NeighborId, int? ReportId);

// The steward's queue: open reports with their actions, and the log of every steward action.
public class IndexModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, StewardLog stewardLog, TimeProvider clock,
    IStringLocalizer<IndexModel> text) : PageModel
{
    public IReadOnlyList<OpenReport> Reports { get; private set; } = [];
    public IReadOnlyList<LoggedAction> Log { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    // The report whose form came back without a good reason, with what was typed.
    public int? FailedReportId { get; private set; }
    public string? TypedReason { get; private set; }
    public string? ReasonError { get; private set; }

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
        Log = log.Select(x => new LoggedAction(x.StewardName, stewardLog.What(x.Action), stewardLog.Why(x.Action), x.Action.CreatedAt,
            x.Action.PostId, x.Action.NeighborId, x.Action.ReportId)).ToList();
    }

    public Task<IActionResult> OnPostHideAsync(int postId, int reportId, string? reason) =>
        WithPostAsync(postId, reportId, reason, (post, why) => stewardship.HideAsync(Me, post, why), text["Hidden. The author is told your reason."]);

    public Task<IActionResult> OnPostRestoreAsync(int postId, int reportId, string? reason) =>
        WithPostAsync(postId, reportId, reason, (post, why) => stewardship.RestoreAsync(Me, post, why), text["Restored."]);

    public Task<IActionResult> OnPostDismissAsync(int reportId, string? reason) =>
        WithReasonAsync(reportId, reason, async why =>
        {
            await stewardship.DismissAsync(Me, reportId, why);
            return null;
        }, text["Report dismissed."]);

    private string Me => users.GetUserId(User)!;

    private async Task<IActionResult> WithPostAsync(int postId, int reportId, string? reason, Func<Post, string, Task<string?>> act, string notice)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId);
        return post is null ? NotFound() : await WithReasonAsync(reportId, reason, why => act(post, why), notice);
    }

    // Every action needs a reason: it is logged for the other stewards and, for a hidden post,
    // sent to its author. Without one the page comes back with the message at that report's field.
    private async Task<IActionResult> WithReasonAsync(int reportId, string? reason, Func<string, Task<string?>> act, string notice)
    {
        if (StewardReason.Problem(reason, text) is { } problem)
        {
            (FailedReportId, TypedReason, ReasonError) = (reportId, reason, problem);
            await OnGetAsync();
            return Page();
        }

        TempData["Notice"] = await act(reason!.Trim()) ?? notice;
        return RedirectToPage();
    }
}

// The rule every steward action's reason follows, and its message, in one place.
public static class StewardReason
{
    public static string? Problem(string? reason, IStringLocalizer text) =>
        string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength
            ? text["Give a reason of 1 to {0} characters; it is recorded with the action.", Report.ReasonMaxLength].Value
            : null;
}
