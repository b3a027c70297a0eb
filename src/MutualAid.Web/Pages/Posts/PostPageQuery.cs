using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Series;

namespace MutualAid.Web.Pages.PostPages;

// Reads a post's page for one viewer: everyone sees a public post; its author sees answers and
// matches; a neighbor sees their own answer; the two sides of an accepted answer see each
// other's contact details, unless one has since blocked the other. Nobody sees a post across a block.
// A steward may open a hidden post, to judge and restore it; to anyone else it does not exist.
public sealed class PostPageQuery(AppDbContext db, UserManager<Neighbor> users, ViewerLocator locator, MatchList matchList,
    Gratitude gratitude, NeighborBlocks blocks, Conversations conversations, AnswererStandings standings,
    IAuthorizationService authorization, TimeProvider clock, IOptions<ExpiryOptions> expiry, FormerNeighbor former,
    SeriesFacts seriesFacts, PostLanguages languages, ShownNames names)
{
    public async Task<bool> IsStewardAsync(ClaimsPrincipal viewer) =>
        viewer.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(viewer, StewardOptions.Policy)).Succeeded;

    public async Task<PostPage?> LoadAsync(int postId, ClaimsPrincipal viewer, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The author's name comes with the post: one query less on the most visited page. The
        // category's name comes from the names kept for the whole app: joined in, it made SQLite
        // take three times as long to prepare the statement as to run it.
        var found = await db.Posts.AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new { Post = p, Author = db.Users.Where(u => u.Id == p.AuthorId).Select(u => u.DisplayName).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var post = found?.Post;
        var viewerId = users.GetUserId(viewer);
        var isAuthor = post?.IsAuthor(viewerId) == true;
        var sides = viewerId is null ? new BlockSides(new HashSet<string>(), new HashSet<string>()) : await blocks.SidesAsync(viewerId, cancellationToken);
        var stewardView = post is { IsHidden: true } && !isAuthor && await IsStewardAsync(viewer);
        if (post is null || !(isAuthor || stewardView || post.IsPublicAt(now)) || (!isAuthor && sides.Across.Contains(post.AuthorId)))
        {
            return null;
        }

        var author = found!.Author ?? "";
        var voice = new PostVoice(post.AuthorId, post.ForOfflineNeighborId);
        var speaks = (await languages.SpeakersAsync([voice], cancellationToken)).Of(voice);
        var category = (await names.CategoriesAsync(cancellationToken))[post.CategoryId];
        var page = new PostPage(post, category, former.Name(author), viewerId, now, sides) { StewardView = stewardView, AuthorSpeaks = speaks };
        // Only the author and a neighbor who answered see answers; a visitor who is not signed in sees none.
        List<AnswerView> answers = viewerId is null ? [] : await AnswersAsync(page, cancellationToken);
        if (isAuthor)
        {
            var mine = await matchList.ForAuthorAsync(post.AuthorId, now, post.Id, cancellationToken);
            var standing = await standings.ForAsync(answers.Select(a => a.NeighborId).Distinct().ToList(), cancellationToken);
            page = page with
            {
                Answers = answers,
                Matches = mine.Count > 0 ? mine[0].Matches : [],
                Standings = standing,
                CanRenew = post.CanBeRenewedAt(now, expiry.Value.ReminderAhead),
            };
        }
        else if (viewerId is not null)
        {
            page = page with { MyAnswer = answers.Where(a => a.NeighborId == viewerId).OrderByDescending(a => a.Id).FirstOrDefault() };
            if (page.IsAccepted)
            {
                var contact = await db.Users.AsNoTracking().Where(u => u.Id == post.AuthorId)
                    .Select(u => new AuthorContact(u.DisplayName, u.Email, u.PhoneNumber)).FirstAsync(cancellationToken);
                page = page with { AuthorContact = contact };
            }
        }

        if (viewerId is not null)
        {
            page = page with { Notes = await gratitude.ForPostAsync(post.Id, viewerId), Conversations = await conversations.ForPostAsync(post, viewerId, cancellationToken) };
        }

        page = page with { Series = await seriesFacts.ForAsync(post, viewerId, cancellationToken) };
        if (await locator.LocateAsync(viewer, null, cancellationToken) is { } origin)
        {
            page = page with { Distance = DistanceBands.Between(origin.Cell, post.Cell) };
        }

        return page;
    }

    // Contact details are read only for accepted answers, and only the author's page shows them,
    // never across a block.
    private async Task<List<AnswerView>> AnswersAsync(PostPage page, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Answers.AsNoTracking()
                          where a.PostId == page.Post.Id
                          join n in db.Users on a.NeighborId equals n.Id
                          orderby a.CreatedAt
                          select new { a.Id, a.NeighborId, n.DisplayName, a.Message, a.Status, a.CreatedAt, n.Email, n.PhoneNumber })
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.Status == AnswerStatus.Accepted && page.IsAuthor && !page.Blocks.Across.Contains(r.NeighborId)
                ? new AnswerView(r.Id, r.NeighborId, former.Name(r.DisplayName), r.Message, r.Status, r.CreatedAt, r.Email, r.PhoneNumber)
                : new AnswerView(r.Id, r.NeighborId, former.Name(r.DisplayName), r.Message, r.Status, r.CreatedAt, null, null))
            .ToList();
    }
}
