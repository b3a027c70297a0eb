using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Posts;

public sealed record AnswerView(int Id, string NeighborId, string Name, string Message, AnswerStatus Status, DateTime CreatedAt, string? Email, string? Phone);

// A post's page: everyone sees the post; its author sees answers and matches; a neighbor sees
// their own answer; the two sides of an accepted answer see each other's contact details, unless
// one has since blocked the other.
public partial class DetailsModel(AppDbContext db, UserManager<Neighbor> users, ViewerLocator locator, TimeProvider clock,
    MatchList matchList, MatchFinder matchFinder, AnswerFlow flow, Gratitude gratitude, NeighborBlocks blocks, BlockedAccounts accounts,
    Labels labels, IStringLocalizer<DetailsModel> text) : PageModel
{
    public Post Post { get; private set; } = null!;
    public string AuthorName { get; private set; } = "";
    public bool IsAuthor { get; private set; }
    public string? ViewerId { get; private set; }
    // Measured from the viewer's home only: this page is not given a neighborhood to measure from.
    public DistanceBand? Distance { get; private set; }
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public IReadOnlyList<MatchedPost> Matches { get; private set; } = [];
    public IReadOnlyList<AnswerView> Answers { get; private set; } = [];
    public AnswerView? MyAnswer { get; private set; }
    public (string Name, string? Email, string? Phone)? AuthorContact { get; private set; }
    public IReadOnlyList<GratitudeNote> Notes { get; private set; } = [];
    public BlockSides Blocks { get; private set; } = new(new HashSet<string>(), new HashSet<string>());

    [BindProperty]
    public string? Message { get; set; }

    public bool IsAccepted => MyAnswer?.Status == AnswerStatus.Accepted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Category).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        ViewerId = users.GetUserId(User);
        IsAuthor = post?.IsAuthor(ViewerId) == true;
        if (ViewerId is not null)
        {
            Blocks = await blocks.SidesAsync(ViewerId, cancellationToken);
        }

        if (post is null || !(IsAuthor || IsPublic(post)) || (!IsAuthor && Blocks.Across.Contains(post.AuthorId)))
        {
            return false;
        }

        Post = post;
        AuthorName = await db.Users.Where(u => u.Id == post.AuthorId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var answers = await LoadAnswersAsync(post.Id, cancellationToken);
        if (IsAuthor)
        {
            var mine = await matchList.ForAuthorAsync(post.AuthorId, Now, post.Id, cancellationToken);
            Matches = mine.Count > 0 ? mine[0].Matches : [];
            Answers = answers;
        }
        else if (ViewerId is not null)
        {
            MyAnswer = answers.Where(a => a.NeighborId == ViewerId).OrderByDescending(a => a.Id).FirstOrDefault();
            if (IsAccepted)
            {
                var author = await db.Users.AsNoTracking().Where(u => u.Id == post.AuthorId)
                    .Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).FirstAsync(cancellationToken);
                AuthorContact = (author.DisplayName, author.Email, author.PhoneNumber);
            }
        }

        if (ViewerId is not null)
        {
            Notes = await gratitude.ForPostAsync(post.Id, ViewerId);
        }

        if (await locator.LocateAsync(User, null, cancellationToken) is { } origin)
        {
            Distance = DistanceBands.Between(origin.Cell, post.Cell);
        }

        return true;
    }

    // Contact details are read only for accepted answers, and only the author's page shows them,
    // never across a block.
    private async Task<List<AnswerView>> LoadAnswersAsync(int postId, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Answers.AsNoTracking()
                          where a.PostId == postId
                          join n in db.Users on a.NeighborId equals n.Id
                          orderby a.CreatedAt
                          select new { a.Id, a.NeighborId, n.DisplayName, a.Message, a.Status, a.CreatedAt, n.Email, n.PhoneNumber })
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.Status == AnswerStatus.Accepted && IsAuthor && !Blocks.Across.Contains(r.NeighborId)
                ? new AnswerView(r.Id, r.NeighborId, r.DisplayName, r.Message, r.Status, r.CreatedAt, r.Email, r.PhoneNumber)
                : new AnswerView(r.Id, r.NeighborId, r.DisplayName, r.Message, r.Status, r.CreatedAt, null, null))
            .ToList();
    }

    private bool IsPublic(Post post) =>
        post.Status is PostStatus.Open or PostStatus.InProgress or PostStatus.Fulfilled
        && (post.Status != PostStatus.Open || post.ExpiresAt > Now);
}
