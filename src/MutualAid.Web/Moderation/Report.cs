namespace MutualAid.Web.Moderation;

// A neighbor's report of a post or of another neighbor, open until a steward acts on it.
public class Report
{
    public const int ReasonMaxLength = 500;

    private Report()
    {
    }

    public Report(string reporterId, int? postId, string? neighborId, string reason, DateTime now)
    {
        ReporterId = reporterId;
        PostId = postId;
        NeighborId = neighborId;
        Reason = reason.Trim();
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public string ReporterId { get; private set; } = "";
    public int? PostId { get; private set; }
    public string? NeighborId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    // When the stewards were emailed about it; null while that email is still to come.
    public DateTime? StewardsToldAt { get; private set; }

    public void Resolve(DateTime now) => ResolvedAt ??= now;
}
