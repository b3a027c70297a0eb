using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

// What a date's page says about its series: only the rule and the end date, which a one-off post
// would say in its words anyway; who takes every date is told to that neighbor and the author alone.
public sealed record SeriesView(RepeatRule Rule, DateOnly EndsOn, bool IsLive, bool TakenByViewer, bool ViewerIsAuthor, bool IsTaken,
    IReadOnlySet<int> EveryTimeAnswerIds);

public sealed class SeriesFacts(AppDbContext db)
{
    public async Task<SeriesView?> ForAsync(Post post, string? viewerId, CancellationToken cancellationToken = default)
    {
        if (post.SeriesId is not { } id
            || await db.PostSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } series)
        {
            return null;
        }

        var isAuthor = series.IsAuthor(viewerId);
        var everyTime = isAuthor
            ? (await db.Answers.AsNoTracking().Where(a => a.PostId == post.Id && a.OffersEveryTime).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        return new SeriesView(series.Rule, series.EndsOn, series.IsLive, viewerId is not null && series.TakenById == viewerId, isAuthor,
            isAuthor && series.TakenById is not null, everyTime);
    }
}
