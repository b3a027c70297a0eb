using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Health;

// The numbers a group asks of itself: how much is asked and offered each week, how many needs
// are answered and met and how fast, and which needs go unmet, by category and by neighborhood.
// Counted over whole weeks (Monday to Sunday on the site's calendar, App:TimeZone) up to now. Hidden posts are left out: they
// were taken down as abuse, not needs the group failed to meet.
public sealed record FulfilmentNumbers(
    DateTime Since,
    IReadOnlyList<WeekCount> Weeks,
    int NeedsPosted,
    int NeedsAnswered,
    int NeedsFulfilled,
    TimeSpan? MedianToFirstAnswer,
    TimeSpan? MedianToFulfilment,
    IReadOnlyList<UnmetCount> UnmetByCategory,
    IReadOnlyList<UnmetCount> UnmetByNeighborhood)
{
    public const int WeeksShown = 12;

    // The Monday, on the site's calendar, of the first week counted.
    public static DateOnly FirstMonday(DateTime now, SiteTimeZone zone)
    {
        var today = zone.Today(now);
        var sinceMonday = ((int)today.DayOfWeek + 6) % 7;
        return today.AddDays(-sinceMonday - (7 * (WeeksShown - 1)));
    }

    public static FulfilmentNumbers From(IReadOnlyList<PostFact> posts, IReadOnlyList<NeighborhoodArea> areas, DateTime now, SiteTimeZone zone)
    {
        var firstMonday = FirstMonday(now, zone);
        var since = zone.At(firstMonday, 0);
        var shown = posts.Where(p => p.StatusNow != PostStatus.Hidden).ToList();
        var recent = shown.Where(p => p.CreatedAt >= since && p.CreatedAt <= now).ToList();
        var weeks = Enumerable.Range(0, WeeksShown).Select(i => firstMonday.AddDays(7 * i)).Select(monday =>
        {
            // Each week begins at midnight local time, so a week with a clock change is an hour longer or shorter.
            var (start, end) = (zone.At(monday, 0), zone.At(monday.AddDays(7), 0));
            var inWeek = recent.Where(p => p.CreatedAt >= start && p.CreatedAt < end).ToList();
            return new WeekCount(monday, inWeek.Count(p => p.Kind == PostKind.Need), inWeek.Count(p => p.Kind == PostKind.Offer));
        }).ToList();
        var needs = recent.Where(p => p.Kind == PostKind.Need).ToList();
        var unmet = shown.Where(p => p.Kind == PostKind.Need && p.AcceptedCount == 0
            && (p.StatusNow == PostStatus.Open || (p.StatusNow == PostStatus.Expired && p.ExpiresAt >= since))).ToList();
        return new FulfilmentNumbers(
            since,
            weeks,
            needs.Count,
            needs.Count(p => p.FirstAnswerAt is not null),
            needs.Count(p => p.StatusNow == PostStatus.Fulfilled),
            Median(needs.Where(p => p.FirstAnswerAt is not null).Select(p => p.FirstAnswerAt!.Value - p.CreatedAt)),
            Median(needs.Where(p => p.StatusNow == PostStatus.Fulfilled && p.FulfilledAt is not null).Select(p => p.FulfilledAt!.Value - p.CreatedAt)),
            Unmet(unmet, p => p.CategoryId),
            Unmet(unmet, p => NeighborhoodArea.Holding(p.PublicPoint, areas)));
    }

    public static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    // Most unmet first; a group with none is left out.
    private static List<UnmetCount> Unmet(List<PostFact> unmet, Func<PostFact, int?> group) =>
        unmet.GroupBy(group)
            .Select(g => new UnmetCount(g.Key, g.Count(p => p.StatusNow == PostStatus.Open), g.Count(p => p.StatusNow == PostStatus.Expired)))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Id ?? int.MaxValue)
            .ToList();
}
