using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Posts;

public class DetailsModel(AppDbContext db, UserManager<Neighbor> users, ViewerLocator locator, TimeProvider clock, MatchFinder matchFinder, MatchList matchList) : PageModel
{
    public Post Post { get; private set; } = null!;
    public string AuthorName { get; private set; } = "";
    public bool IsAuthor { get; private set; }
    public DistanceBand? Distance { get; private set; }
    public string? DistanceFrom { get; private set; }
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public IReadOnlyList<MatchedPost> Matches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Category).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        IsAuthor = post?.IsAuthor(users.GetUserId(User)) == true;
        if (post is null || !(IsAuthor || IsPublic(post)))
        {
            return NotFound();
        }

        Post = post;
        if (IsAuthor)
        {
            var mine = await matchList.ForAuthorAsync(post.AuthorId, Now, post.Id, cancellationToken);
            Matches = mine.Count > 0 ? mine[0].Matches : [];
        }

        AuthorName = await db.Users.Where(u => u.Id == post.AuthorId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        if (await locator.LocateAsync(User, null, cancellationToken) is { } origin)
        {
            Distance = DistanceBands.Between(origin.Cell, post.Cell);
            DistanceFrom = origin.Description;
        }

        return Page();
    }

    public Task<IActionResult> OnPostRenewAsync(int id, CancellationToken cancellationToken) =>
        ChangeOwnPostAsync(id, post => post.Renew(Now),
            post => $"Renewed: your post is open until {post.ExpiresAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)}.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken) =>
        ChangeOwnPostAsync(id, post => post.Withdraw(Now), _ => "Withdrawn. Nobody else can see this post now.", cancellationToken);

    private bool IsPublic(Post post) =>
        post.Status is PostStatus.Open or PostStatus.InProgress or PostStatus.Fulfilled
        && (post.Status != PostStatus.Open || post.ExpiresAt > Now);

    private async Task<IActionResult> ChangeOwnPostAsync(int id, Action<Post> change, Func<Post, string> notice, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null || !post.IsAuthor(userId))
        {
            return NotFound();
        }

        try
        {
            change(post);
            await matchFinder.SaveWithMatchesAsync(post, Now, cancellationToken);
            TempData["Notice"] = notice(post);
        }
        catch (PostRuleException problem)
        {
            TempData["Notice"] = problem.Message;
        }

        return RedirectToPage(new { id });
    }
}
