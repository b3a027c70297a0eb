namespace MutualAid.Web.Neighbors;

// One neighbor blocking another: from then on neither sees, answers or is matched with the other.
public class NeighborBlock
{
    public string BlockerId { get; set; } = "";
    public string BlockedId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
