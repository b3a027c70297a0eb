using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

public sealed record MyPost(int Id, PostKind Kind, string Title, PostStatus Status, int Waiting, int Accepted, int Matches,
    HideCause? HiddenBecause = null, string? HiddenNote = null);

public sealed record MyAnswer(int PostId, string PostTitle, PostKind Kind, AnswerStatus Status, PostStatus PostStatus, DateTime CreatedAt);

// Everything a neighbor has to act on, in one place. A post the stewards hid stays here, marked
// hidden with the reason, so its author is never left wondering where it went.
[Authorize]
public class MineModel(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyPost> Posts { get; private set; } = [];
    public IReadOnlyList<MyAnswer> Answers { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        Posts = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == me)
            .OrderBy(p => p.Status == PostStatus.Withdrawn || p.Status == PostStatus.Fulfilled || p.Status == PostStatus.Expired)
            .ThenByDescending(p => p.CreatedAt)
            .Select(p => new MyPost(p.Id, p.Kind, p.Title, Post.StatusAt(p.Status, p.ExpiresAt, Now),
                db.Answers.Count(a => a.PostId == p.Id && a.Status == AnswerStatus.Pending),
                p.AcceptedCount,
                db.Matches.Count(m => m.NeedId == p.Id || m.OfferId == p.Id), p.HiddenBecause, p.HiddenNote))
            .Take(200)
            .ToListAsync(cancellationToken);
        Answers = await (from a in db.Answers.AsNoTracking()
                         where a.NeighborId == me
                         join p in db.Posts on a.PostId equals p.Id
                         orderby a.CreatedAt descending
                         select new MyAnswer(p.Id, p.Title, p.Kind, a.Status, p.Status, a.CreatedAt))
            .Take(200)
            .ToListAsync(cancellationToken);
    }
}
