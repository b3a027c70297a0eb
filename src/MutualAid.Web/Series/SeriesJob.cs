using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Series;

// The background job: each live series gets its posts for the days ahead.
public sealed class SeriesJob(AppDbContext db, SeriesOccurrences occurrences, SiteTimeZone timeZone, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = timeZone.Today(now);
        var ids = await db.PostSeries.Where(s => s.WithdrawnAt == null && s.EndsOn >= today).OrderBy(s => s.Id).Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var made = 0;
        foreach (var id in ids)
        {
            // One series at a time, freshly read: a withdrawal or an acceptance a moment ago counts.
            db.ChangeTracker.Clear();
            if (await db.PostSeries.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } series)
            {
                made += (await occurrences.MakeDueAsync(series, now, cancellationToken)).Count;
            }
        }

        return made;
    }
}
