using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

// Makes a series' posts for the dates ahead, each saved with its matches like any new post. The
// next date always has a post, even when it is further off than the window (a monthly series), so
// the author sees one at once. Safe to run again: a date that has its post is skipped, and the
// unique index on (series, date) refuses a second made at the same moment.
public sealed class SeriesOccurrences(AppDbContext db, MatchFinder matches, SiteTimeZone timeZone, BlockedAccounts accounts, NeighborBlocks blocks)
{
    public const int DaysAhead = 14;

    public IReadOnlyList<DateOnly> DatesDue(PostSeries series, DateOnly today)
    {
        var from = series.StartsOn > today ? series.StartsOn : today;
        var window = today.AddDays(DaysAhead);
        var dates = series.Rule.DatesBetween(from, series.EndsOn < window ? series.EndsOn : window).ToList();
        return dates.Count > 0 ? dates : series.Rule.DatesBetween(from, series.EndsOn).Take(1).ToList();
    }

    // Returns the ids of the posts it made, in date order.
    public async Task<IReadOnlyList<int>> MakeDueAsync(PostSeries series, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!series.IsLive || await accounts.IsBlockedAsync(series.AuthorId, cancellationToken))
        {
            return [];
        }

        var due = DatesDue(series, timeZone.Today(now));
        var made = await db.Posts.Where(p => p.SeriesId == series.Id && p.OccursOn != null && due.Contains(p.OccursOn.Value))
            .Select(p => p.OccursOn!.Value).ToListAsync(cancellationToken);
        var ids = new List<int>();
        foreach (var date in due.Except(made))
        {
            if (await MakeAsync(series, date, now, cancellationToken) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private async Task<int?> MakeAsync(PostSeries series, DateOnly date, DateTime now, CancellationToken cancellationToken)
    {
        var post = Post.Create(series.AuthorId, series.Kind, series.ContentFor(date), now, series.ForOfflineNeighborId);
        post.BelongTo(series.Id, date, timeZone.At(date.AddDays(1), 0), now);
        db.Posts.Add(post);
        try
        {
            await matches.SaveWithMatchesAsync(post, now, cancellationToken: cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run made this date's post a moment ago. Nothing of this attempt was saved;
            // forget it all, its matches with it, so the next date starts clean.
            db.ChangeTracker.Clear();
            return null;
        }

        if (series.TakenById is { } takerId && await MayTakeAsync(series, takerId))
        {
            TakeFor(post, takerId, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return post.Id;
    }

    // The post of the series' next date, whoever made it: the job may have run a moment before.
    public Task<int> NextDateIdAsync(int seriesId, DateTime now)
    {
        var today = timeZone.Today(now);
        return db.Posts.Where(p => p.SeriesId == seriesId && p.OccursOn >= today).OrderBy(p => p.OccursOn).Select(p => p.Id).FirstOrDefaultAsync();
    }

    // The neighbor accepted for the series is accepted on this date too. They were introduced when
    // the series was accepted, so no new email is sent.
    public void TakeFor(Post post, string takerId, DateTime now)
    {
        var answer = post.ReceiveAnswer(takerId, "", now, everyTime: true);
        db.Answers.Add(answer);
        post.Accept(answer, now);
    }

    private async Task<bool> MayTakeAsync(PostSeries series, string takerId) =>
        !await accounts.IsBlockedAsync(takerId) && !await blocks.BetweenAsync(series.AuthorId, takerId);
}
