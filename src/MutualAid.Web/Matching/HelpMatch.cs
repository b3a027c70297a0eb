namespace MutualAid.Web.Matching;

// A need that reached a neighbor through what they said they could help with, as a standing offer
// would. Recorded once per need and neighbor, ever; the neighbor is told once, then NotifiedAt is set.
public class HelpMatch
{
    private HelpMatch()
    {
    }

    public HelpMatch(int needId, string helperId, double distanceKm, DateTime createdAt)
    {
        NeedId = needId;
        HelperId = helperId;
        DistanceKm = distanceKm;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int NeedId { get; private set; }
    public string HelperId { get; private set; } = "";

    // Between the need's public cell center and the helper's home cell center; never shown.
    public double DistanceKm { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? NotifiedAt { get; set; }
}
