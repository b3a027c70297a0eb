using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

public sealed record MatchCandidate(int PostId, string AuthorId, double DistanceKm, Urgency Urgency, DateTime CreatedAt)
{
    // Nearest, then most urgent, then newest; the id last, so the order never depends on how rows were read.
    public static readonly IComparer<MatchCandidate> BestFirst = Comparer<MatchCandidate>.Create((a, b) =>
        a.DistanceKm != b.DistanceKm ? a.DistanceKm.CompareTo(b.DistanceKm)
        : a.Urgency != b.Urgency ? b.Urgency.CompareTo(a.Urgency)
        : a.CreatedAt != b.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt)
        : a.PostId.CompareTo(b.PostId));
}
