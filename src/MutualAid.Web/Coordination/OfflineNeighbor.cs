using System.Security.Cryptography;
using System.Text;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Coordination;

// What a coordinator chooses to keep about a neighbor who has no account. The place is never more
// precise than a neighborhood from the stewards' list or a public ~500 m cell.
public sealed record OfflineDetails(string Name, string ReachBy, string SharedAtIntroduction, int? NeighborhoodId, GridCell? Cell)
{
    // Codes from SpokenLanguages: their posts are matched, filtered and introduced on these, not the coordinator's.
    public IReadOnlyList<string> Speaks { get; init; } = [];
}

// A neighbor without an account, looked after by a coordinator (or by nobody, until one takes
// them over). Seen only by coordinators and stewards. Once handed over to their own account, the
// record is closed and its details cleared: only that it existed, and the consent, remain.
public class OfflineNeighbor
{
    public const int NameMaxLength = 80;
    public const int ReachByMaxLength = 500;
    public const int SharedMaxLength = 500;

    private OfflineNeighbor()
    {
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ReachBy { get; private set; } = "";
    public string SharedAtIntroduction { get; private set; } = "";
    public int? NeighborhoodId { get; private set; }
    public int? CellRow { get; private set; }
    public int? CellColumn { get; private set; }
    public List<string> SpokenLanguages { get; private set; } = [];

    // Null when nobody looks after them: every coordinator is offered to take them over.
    public string? CoordinatorId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    // Only a hash of the one-time link is kept, so reading the database gives no working link.
    public string? HandOverTokenHash { get; private set; }
    public DateTime? HandOverMadeAt { get; private set; }
    public string? HandedOverToId { get; private set; }

    // When the neighbor, signed in, pressed "These are mine": their consent.
    public DateTime? HandedOverAt { get; private set; }

    public bool IsClosed => HandedOverAt is not null;

    public GridCell? Cell => CellRow is { } row && CellColumn is { } column ? new GridCell(row, column) : null;

    public static OfflineNeighbor Create(string coordinatorId, OfflineDetails details, DateTime now)
    {
        var neighbor = new OfflineNeighbor { CoordinatorId = coordinatorId, CreatedAt = now };
        neighbor.Edit(details);
        return neighbor;
    }

    public void Edit(OfflineDetails details)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(details.Name) || details.Name.Trim().Length > NameMaxLength
            || details.ReachBy.Length > ReachByMaxLength || details.SharedAtIntroduction.Length > SharedMaxLength)
        {
            throw new PostRuleException("The offline neighbor's details are too long or missing a name.");
        }

        if ((details.NeighborhoodId is null) == (details.Cell is null))
        {
            throw new PostRuleException("An offline neighbor is placed in one neighborhood or one map cell.");
        }

        Name = details.Name.Trim();
        ReachBy = details.ReachBy.Trim();
        SharedAtIntroduction = details.SharedAtIntroduction.Trim();
        NeighborhoodId = details.NeighborhoodId;
        (CellRow, CellColumn) = (details.Cell?.Row, details.Cell?.Column);
        SpokenLanguages = Localization.SpokenLanguages.Clean(details.Speaks);
    }

    public void TakeOver(string coordinatorId)
    {
        EnsureOpen();
        CoordinatorId = coordinatorId;
    }

    public void Unassign() => CoordinatorId = null;

    // A fresh link replaces any earlier one; the token itself is shown once and never stored.
    public string MakeHandOverLink(DateTime now)
    {
        EnsureOpen();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        HandOverTokenHash = Hash(token);
        HandOverMadeAt = now;
        return token;
    }

    public bool HandOverLinkWorks(string token, DateTime now) =>
        !IsClosed && HandOverTokenHash is { } hash && HandOverMadeAt is { } made && now - made <= CoordinatorOptions.HandOverLifetime
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(token)));

    // The details were for reaching someone without an account; now they have one of their own.
    public void HandOver(string neighborId, DateTime now)
    {
        EnsureOpen();
        HandedOverToId = neighborId;
        HandedOverAt = now;
        Name = "";
        ReachBy = "";
        SharedAtIntroduction = "";
        SpokenLanguages = [];
        HandOverTokenHash = null;
        CoordinatorId = null;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new PostRuleException("This neighbor has been handed over to their own account.");
        }
    }
}
