using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

public sealed record MatchedPost(int PostId, PostKind Kind, string Title, LocalizedName Category, DistanceBand Band, DateTime CreatedAt, string AuthorName);

public sealed record PostWithMatches(int PostId, PostKind Kind, string Title, IReadOnlyList<MatchedPost> Matches);

// The matches of an author's open posts, for the Matches page and a post's own page. Only
// open posts are listed on the other side, never one whose author is across a block with this
// one; distances are bands between public cells.
public sealed class MatchList(AppDbContext db, ShownNames names, FormerNeighbor former)
{
    public async Task<IReadOnlyList<PostWithMatches>> ForAuthorAsync(string authorId, DateTime now, int? onlyPostId = null, CancellationToken cancellationToken = default)
    {
        var mine = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == authorId && p.Status == PostStatus.Open && p.ExpiresAt > now && (onlyPostId == null || p.Id == onlyPostId))
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Kind, p.Title, p.CellRow, p.CellColumn })
            .ToListAsync(cancellationToken);
        var ids = mine.Select(p => p.Id).ToList();
        var needSide =
            from m in db.Matches
            where ids.Contains(m.NeedId)
            join other in db.Posts on m.OfferId equals other.Id
            select new { MineId = m.NeedId, Other = other };
        var offerSide =
            from m in db.Matches
            where ids.Contains(m.OfferId)
            join other in db.Posts on m.NeedId equals other.Id
            select new { MineId = m.OfferId, Other = other };
        var acrossBlock = db.NeighborBlocks.OnOtherSideOf(authorId);
        var pairs = await needSide.Concat(offerSide)
            .Where(x => x.Other.Status == PostStatus.Open && x.Other.ExpiresAt > now && !acrossBlock.Contains(x.Other.AuthorId))
            .Select(x => new
            {
                x.MineId,
                x.Other.Id,
                x.Other.Kind,
                x.Other.Title,
                x.Other.CategoryId,
                x.Other.CellRow,
                x.Other.CellColumn,
                x.Other.CreatedAt,
                x.Other.AuthorId,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var categories = await names.CategoriesAsync(cancellationToken);
        var authorIds = pairs.Select(x => x.AuthorId).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => former.Name(u.DisplayName), cancellationToken);
        return mine.Select(p => new PostWithMatches(p.Id, p.Kind, p.Title,
                pairs.Where(x => x.MineId == p.Id)
                    .Select(x => new MatchedPost(x.Id, x.Kind, x.Title, categories[x.CategoryId],
                        DistanceBands.Between(new GridCell(p.CellRow, p.CellColumn), new GridCell(x.CellRow, x.CellColumn)), x.CreatedAt,
                        authors.GetValueOrDefault(x.AuthorId, "")))
                    .OrderBy(x => x.Band).ThenByDescending(x => x.CreatedAt).ThenByDescending(x => x.PostId)
                    .ToList()))
            .ToList();
    }
}
