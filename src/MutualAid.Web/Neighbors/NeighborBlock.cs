namespace MutualAid.Web.Neighbors;

// One neighbor blocking another: from then on neither sees, answers or is matched with the other.
public class NeighborBlock
{
    public string BlockerId { get; set; } = "";
    public string BlockedId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public static class NeighborBlockQueries
{
    // Everyone on the other side of a block with this neighbor, whoever blocked whom.
    public static IQueryable<string> OnOtherSideOf(this IQueryable<NeighborBlock> blocks, string neighborId) =>
        blocks.Where(b => b.BlockerId == neighborId).Select(b => b.BlockedId)
            .Concat(blocks.Where(b => b.BlockedId == neighborId).Select(b => b.BlockerId));
}
