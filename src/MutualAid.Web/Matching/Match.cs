namespace MutualAid.Web.Matching;

// A need and an offer the matching service paired. Recorded once per pair, ever; each side is
// told about it once, then the notified time is set.
public class Match
{
    private Match()
    {
    }

    public Match(int needId, int offerId, double distanceKm, DateTime createdAt)
    {
        NeedId = needId;
        OfferId = offerId;
        DistanceKm = distanceKm;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int NeedId { get; private set; }
    public int OfferId { get; private set; }

    // Between the two posts' public cell centers, as matching measured it; never shown.
    public double DistanceKm { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? NeedAuthorNotifiedAt { get; set; }
    public DateTime? OfferAuthorNotifiedAt { get; set; }
}
