using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

// A need or offer that repeats. It is never shown itself: each date gets a post of its own
// (SeriesOccurrences), made from the template kept here, so editing one date changes that date only.
public class PostSeries
{
    public const int MonthsAhead = 6;

    private PostSeries()
    {
    }

    public int Id { get; private set; }
    public string AuthorId { get; private set; } = "";
    public PostKind Kind { get; private set; }
    public int? ForOfflineNeighborId { get; private set; }

    // The template, as the form gave it; the exact point stays as private as a post's.
    public int CategoryId { get; private set; }
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public double RadiusKm { get; private set; }
    public Urgency Urgency { get; private set; }
    public int Capacity { get; private set; } = 1;
    public bool IsStanding { get; private set; }
    public List<string> AskedLanguages { get; private set; } = [];

    public RepeatEvery Every { get; private set; }
    public DayOfWeek Day { get; private set; }
    public int WeekOfMonth { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }

    // The neighbor the author accepted for every date; later dates come already taken by them.
    public string? TakenById { get; private set; }
    public DateTime? TakenAt { get; private set; }
    public int Version { get; private set; }

    public RepeatRule Rule => new(Every, Day, WeekOfMonth);

    public bool IsLive => WithdrawnAt is null;

    public static PostSeries Start(string authorId, PostKind kind, PostContent content, RepeatRule rule, DateOnly today, DateOnly endsOn,
        DateTime now, int? forOfflineNeighborId = null)
    {
        content.Validate();
        if (!rule.IsValid || endsOn < today || endsOn > today.AddMonths(MonthsAhead) || !rule.DatesBetween(today, endsOn).Any())
        {
            throw new PostRuleException("Choose a repeat and an end date from today to six months from now.");
        }

        return new PostSeries
        {
            AuthorId = authorId,
            Kind = kind,
            ForOfflineNeighborId = forOfflineNeighborId,
            CategoryId = content.CategoryId,
            Title = content.Title.Trim(),
            Details = content.Details.Trim(),
            Latitude = content.Location.Latitude,
            Longitude = content.Location.Longitude,
            RadiusKm = content.RadiusKm,
            Urgency = content.Urgency,
            Capacity = content.Capacity,
            IsStanding = content.IsStanding,
            AskedLanguages = [.. content.AskedLanguages ?? []],
            Every = rule.Every,
            Day = rule.Day,
            WeekOfMonth = rule.Every == RepeatEvery.Month ? rule.WeekOfMonth : 0,
            StartsOn = today,
            EndsOn = endsOn,
            CreatedAt = now,
        };
    }

    // One date's post content: a need is needed by its own date.
    public PostContent ContentFor(DateOnly date) => new(CategoryId, Title, Details, new GeoPoint(Latitude, Longitude), RadiusKm,
        Urgency, Kind == PostKind.Need ? date : null, IsStanding, Capacity, AskedLanguages);

    public bool IsAuthor(string? userId) => userId is not null && userId == AuthorId;

    public void TakeBy(string neighborId, DateTime now)
    {
        if (!IsLive)
        {
            throw new PostRuleException("This series is withdrawn.");
        }

        (TakenById, TakenAt) = (neighborId, now);
        Version++;
    }

    public void StepBack(string neighborId)
    {
        if (TakenById != neighborId)
        {
            throw new PostRuleException("You are not taking this series.");
        }

        (TakenById, TakenAt) = (null, null);
        Version++;
    }

    public void Withdraw(DateTime now)
    {
        if (!IsLive)
        {
            throw new PostRuleException("This series is already withdrawn.");
        }

        WithdrawnAt = now;
        Version++;
    }
}
