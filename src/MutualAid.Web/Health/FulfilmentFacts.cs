using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Health;

// What the fulfilment numbers need of one post: no author, no words, and only its public cell,
// so nothing a count is made of can say who posted or where they live.
public sealed record PostFact(PostKind Kind, DateTime CreatedAt, PostStatus StatusNow, int AcceptedCount, int CategoryId,
    GeoPoint PublicPoint, DateTime ExpiresAt, DateTime? FirstAnswerAt, DateTime? FulfilledAt);

public sealed record NeighborhoodArea(int Id, GeoPoint Center, double RadiusKm)
{
    // The neighborhood whose circle holds the point, the nearest center if several do; none if none.
    public static int? Holding(GeoPoint point, IReadOnlyList<NeighborhoodArea> areas) =>
        areas.Select(a => (a.Id, Km: a.Center.DistanceKmTo(point), a.RadiusKm))
            .Where(a => a.Km <= a.RadiusKm)
            .OrderBy(a => a.Km).ThenBy(a => a.Id)
            .Select(a => (int?)a.Id)
            .FirstOrDefault();
}

public sealed record WeekCount(DateOnly Monday, int Needs, int Offers);

// Unmet needs in one group (a category, a neighborhood, or no neighborhood when Id is null):
// open with nobody accepted yet, and expired in the period with nobody accepted.
public sealed record UnmetCount(int? Id, int Open, int Expired)
{
    public int Total => Open + Expired;
}
