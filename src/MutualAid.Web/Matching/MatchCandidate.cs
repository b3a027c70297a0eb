using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

public sealed record MatchCandidate(int PostId, string AuthorId, double DistanceKm, Urgency Urgency, DateTime CreatedAt);
