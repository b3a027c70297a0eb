using MutualAid.Web.Geo;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

public partial class Post
{
    public const int TitleMaxLength = 120;
    public const int DetailsMaxLength = 4000;
    public const double MaxRadiusKm = 50;
    public const int MaxCapacity = 20;
    public static readonly TimeSpan NeedLifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromDays(60);

    private Post()
    {
    }

    public int Id { get; private set; }
    public string AuthorId { get; private set; } = "";
    public PostKind Kind { get; private set; }
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";

    // The exact point is private to the author; everything shown to others uses the cell.
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public int CellRow { get; private set; }
    public int CellColumn { get; private set; }
    public double PublicLatitude { get; private set; }
    public double PublicLongitude { get; private set; }

    public double RadiusKm { get; private set; }
    public Urgency Urgency { get; private set; }
    public DateOnly? NeededBy { get; private set; }
    public bool IsStanding { get; private set; }

    // Languages the post asks its counterpart to speak (codes from SpokenLanguages); none: anyone.
    public List<string> AskedLanguages { get; private set; } = [];
    public PostStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? ExpiryReminderSentAt { get; private set; }

    // How many neighbors a need wants, or how many items an offer has.
    public int Capacity { get; private set; } = 1;
    public int AcceptedCount { get; private set; }

    // Bumped by every change, so two changes made from the same starting point cannot both win.
    public int Version { get; private set; }

    // A coordinator's post for a neighbor without an account. Read only on the coordinator's own
    // pages: to everyone else the post is the coordinator's like any other.
    public int? ForOfflineNeighborId { get; private set; }

    public GridCell Cell => new(CellRow, CellColumn);

    public static Post Create(string authorId, PostKind kind, PostContent content, DateTime now, int? forOfflineNeighborId = null)
    {
        var post = new Post { AuthorId = authorId, Kind = kind, Status = PostStatus.Open, CreatedAt = now, ForOfflineNeighborId = forOfflineNeighborId };
        post.Apply(content, now);
        post.ExpiresAt = now + post.Lifetime;
        return post;
    }

    public TimeSpan Lifetime => Kind == PostKind.Need ? NeedLifetime : OfferLifetime;

    public bool IsAuthor(string? userId) => userId is not null && userId == AuthorId;

    public void Edit(PostContent content, DateTime now)
    {
        EnsureEditable();
        Apply(content, now);
    }

    // Another coordinator takes the offline neighbor over, or the neighbor takes their own posts
    // (then the post is theirs, no longer one made for someone offline).
    public void MoveTo(string authorId, DateTime now, bool handedOver)
    {
        AuthorId = authorId;
        if (handedOver)
        {
            ForOfflineNeighborId = null;
        }

        Changed(now);
    }

    private void Apply(PostContent content, DateTime now)
    {
        content.Validate();
        CategoryId = content.CategoryId;
        Title = content.Title.Trim();
        Details = content.Details.Trim();
        Latitude = content.Location.Latitude;
        Longitude = content.Location.Longitude;
        var cell = GridCell.Containing(content.Location);
        (CellRow, CellColumn) = (cell.Row, cell.Column);
        (PublicLatitude, PublicLongitude) = (cell.Center.Latitude, cell.Center.Longitude);
        RadiusKm = content.RadiusKm;
        Capacity = Math.Max(content.Capacity, AcceptedCount);
        Urgency = Kind == PostKind.Need ? content.Urgency : Urgency.Whenever;
        NeededBy = Kind == PostKind.Need ? content.NeededBy : null;
        IsStanding = Kind == PostKind.Offer && content.IsStanding;
        AskedLanguages = SpokenLanguages.Clean(content.AskedLanguages);
        Changed(now);
    }

    private void Changed(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
