using Microsoft.Extensions.Options;
using MutualAid.Web.Geo;
using MutualAid.Web.Health;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Tests.Health;

// The numbers themselves, on a handful of posts made by hand. Now is Wednesday 2 December 2026,
// so the twelve weeks counted start on Monday 14 September.
public class FulfilmentNumbersTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
    private static readonly GeoPoint Centro = new(40.4168, -3.7038);
    private static readonly GeoPoint FarAway = new(41.5, -2.0);
    private static readonly NeighborhoodArea CentroArea = new(7, Centro, 1.5);
    private static readonly SiteTimeZone Utc = Zone("UTC");

    private static PostFact Need(DateTime created, PostStatus status, int accepted = 0, int category = 1, GeoPoint? at = null,
        TimeSpan? firstAnswerAfter = null, TimeSpan? fulfilledAfter = null, DateTime? expires = null) =>
        new(PostKind.Need, created, status, accepted, category, at ?? Centro, expires ?? created.AddDays(30),
            created + firstAnswerAfter, created + fulfilledAfter);

    private static PostFact Offer(DateTime created) => new(PostKind.Offer, created, PostStatus.Open, 0, 1, Centro, created.AddDays(60), null, null);

    [Fact]
    public void Weeks_run_Monday_to_Sunday_and_count_needs_and_offers_apart_leaving_hidden_posts_out()
    {
        var lastMonday = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        var posts = new[]
        {
            Need(lastMonday, PostStatus.Open),
            Need(lastMonday.AddHours(-1), PostStatus.Open),
            Offer(lastMonday.AddDays(1)),
            Offer(lastMonday.AddDays(1)),
            Need(lastMonday.AddDays(1), PostStatus.Hidden),
            Need(new DateTime(2026, 9, 13, 23, 0, 0, DateTimeKind.Utc), PostStatus.Fulfilled, 1),
        };

        var numbers = FulfilmentNumbers.From(posts, [], Now, Utc);

        Assert.Equal(new DateTime(2026, 9, 14, 0, 0, 0, DateTimeKind.Utc), numbers.Since);
        Assert.Equal(12, numbers.Weeks.Count);
        Assert.Equal(new WeekCount(new DateOnly(2026, 11, 30), 1, 2), numbers.Weeks[^1]);
        Assert.Equal(new WeekCount(new DateOnly(2026, 11, 23), 1, 0), numbers.Weeks[^2]);
        Assert.Equal(2, numbers.Weeks.Sum(w => w.Needs));
        Assert.Equal(2, numbers.NeedsPosted);
    }

    // Madrid is an hour ahead of UTC in November and two in September: its weeks start on its own
    // Mondays at midnight, which is Sunday evening in UTC.
    [Fact]
    public void Weeks_start_at_midnight_on_Monday_in_the_sites_time_zone()
    {
        var posts = new[]
        {
            Need(new DateTime(2026, 11, 29, 23, 30, 0, DateTimeKind.Utc), PostStatus.Open),
            Need(new DateTime(2026, 9, 13, 22, 30, 0, DateTimeKind.Utc), PostStatus.Open),
            Need(new DateTime(2026, 9, 13, 21, 30, 0, DateTimeKind.Utc), PostStatus.Open),
        };

        var numbers = FulfilmentNumbers.From(posts, [], Now, Zone("Europe/Madrid"));

        Assert.Equal(new DateTime(2026, 9, 13, 22, 0, 0, DateTimeKind.Utc), numbers.Since);
        Assert.Equal(new WeekCount(new DateOnly(2026, 9, 14), 1, 0), numbers.Weeks[0]);
        Assert.Equal(new WeekCount(new DateOnly(2026, 11, 30), 1, 0), numbers.Weeks[^1]);
        Assert.Equal(new WeekCount(new DateOnly(2026, 11, 23), 0, 0), numbers.Weeks[^2]);
        Assert.Equal(2, numbers.NeedsPosted);
    }

    [Fact]
    public void Shares_and_medians_count_needs_answered_and_met_and_how_long_each_took()
    {
        var day = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
        var posts = new[]
        {
            Need(day, PostStatus.Fulfilled, 1, firstAnswerAfter: TimeSpan.FromHours(1), fulfilledAfter: TimeSpan.FromDays(2)),
            Need(day, PostStatus.Fulfilled, 1, firstAnswerAfter: TimeSpan.FromHours(3), fulfilledAfter: TimeSpan.FromDays(4)),
            Need(day, PostStatus.InProgress, 1, firstAnswerAfter: TimeSpan.FromHours(8)),
            Need(day, PostStatus.Open, firstAnswerAfter: TimeSpan.FromHours(30)),
            Need(day, PostStatus.Open),
            Offer(day),
        };

        var numbers = FulfilmentNumbers.From(posts, [], Now, Utc);

        Assert.Equal((5, 4, 2), (numbers.NeedsPosted, numbers.NeedsAnswered, numbers.NeedsFulfilled));
        Assert.Equal(TimeSpan.FromHours(5.5), numbers.MedianToFirstAnswer);
        Assert.Equal(TimeSpan.FromDays(3), numbers.MedianToFulfilment);
    }

    [Fact]
    public void An_odd_count_has_its_middle_as_median_and_nothing_has_none()
    {
        Assert.Equal(TimeSpan.FromHours(2), FulfilmentNumbers.Median([TimeSpan.FromHours(9), TimeSpan.FromHours(1), TimeSpan.FromHours(2)]));
        Assert.Null(FulfilmentNumbers.Median([]));
    }

    [Fact]
    public void Unmet_needs_are_open_with_nobody_accepted_or_expired_in_the_period_by_category_and_by_neighborhood()
    {
        var day = new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc);
        var posts = new[]
        {
            Need(day, PostStatus.Open, category: 1),
            Need(day, PostStatus.Open, category: 1, at: FarAway),
            Need(day, PostStatus.Expired, category: 2),
            Need(day, PostStatus.Open, accepted: 1, category: 2),
            Need(day, PostStatus.Fulfilled, accepted: 1, category: 3),
            Need(day, PostStatus.Withdrawn, category: 3),
            Need(day, PostStatus.Hidden, category: 3),
            Need(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), PostStatus.Expired, category: 3, expires: new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)),
            Need(new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), PostStatus.Open, category: 2, expires: Now.AddDays(3)),
        };

        var numbers = FulfilmentNumbers.From(posts, [CentroArea], Now, Utc);

        Assert.Equal([new UnmetCount(1, 2, 0), new UnmetCount(2, 1, 1)], numbers.UnmetByCategory);
        Assert.Equal([new UnmetCount(7, 2, 1), new UnmetCount(null, 1, 0)], numbers.UnmetByNeighborhood);
    }

    [Fact]
    public void A_point_belongs_to_the_nearest_neighborhood_whose_circle_holds_it()
    {
        var near = new NeighborhoodArea(1, new GeoPoint(40.4168, -3.7000), 2);
        var nearer = new NeighborhoodArea(2, new GeoPoint(40.4168, -3.7030), 2);

        Assert.Equal(2, NeighborhoodArea.Holding(Centro, [near, nearer]));
        Assert.Null(NeighborhoodArea.Holding(FarAway, [near, nearer]));
    }

    private static SiteTimeZone Zone(string name) => new(Options.Create(new TimeZoneOptions { TimeZone = name }));
}
