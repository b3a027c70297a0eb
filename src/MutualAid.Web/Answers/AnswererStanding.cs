using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Answers;

public enum TenureUnit
{
    NewThisWeek,
    Weeks,
    Months,
    Years,
}

// How long someone has been a neighbor, in calendar weeks (Monday to Sunday, UTC) and then
// calendar months. Both sides are rounded down to the start of their week or month before
// counting, so the words change at the same moment for everyone who joined that week or month:
// watching them change tells the week someone joined, never the day or hour.
public sealed record Tenure(TenureUnit Unit, int Count)
{
    // Eight calendar weeks always span at least two calendar months.
    private const int WeeksBeforeMonths = 8;

    public static Tenure Between(DateTime joined, DateTime now)
    {
        var weeks = (WeekStart(now) - WeekStart(joined)).Days / 7;
        if (weeks < 1)
        {
            return new(TenureUnit.NewThisWeek, 0);
        }

        if (weeks < WeeksBeforeMonths)
        {
            return new(TenureUnit.Weeks, weeks);
        }

        var months = Math.Max(2, ((now.Year - joined.Year) * 12) + now.Month - joined.Month);
        return months < 24 ? new(TenureUnit.Months, months) : new(TenureUnit.Years, months / 12);
    }

    private static DateTime WeekStart(DateTime at) => at.Date.AddDays(-(((int)at.DayOfWeek + 6) % 7));
}

// What a post's author sees beside an answer: how long the answerer has been a neighbor and how
// many thank-you notes they have received. Counts only: no ratings, and no note's words.
public sealed record AnswererStanding(Tenure Tenure, int ThanksReceived);

public sealed class AnswererStandings(AppDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<string, AnswererStanding>> ForAsync(IReadOnlyCollection<string> neighborIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var joined = await db.Users.AsNoTracking().Where(u => neighborIds.Contains(u.Id)).Select(u => new { u.Id, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var thanks = await db.ThankYous.AsNoTracking().Where(t => neighborIds.Contains(t.ToId)).GroupBy(t => t.ToId)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        return joined.ToDictionary(j => j.Id, j => new AnswererStanding(Tenure.Between(j.CreatedAt, now), thanks.GetValueOrDefault(j.Id)));
    }
}
