using MutualAid.Web.Localization;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

public enum StewardActionKind
{
    HidPost,
    RestoredPost,
    HidAutomatically,
    DismissedReport,
    BlockedNeighbor,
    UnblockedNeighbor,
    NamedSteward,
    RemovedSteward,
    AddedCategory,
    RenamedCategory,
    AddedNeighborhood,
    EditedNeighborhood,
    RenamedNeighborhood,
    RetiredCategory,
    BroughtBackCategory,
    MergedCategory,
    SentEmailsAgain,
    NamedCoordinator,
    RemovedCoordinator,
}

// Every steward action, for every steward to see: who did what, to what, when and why. A row keeps
// facts in no language: what was done, the id of what it was done to, and that thing's name as it
// was then (a log records what the steward saw, not what it became). Only the reason is words, the
// steward's own. StewardLog puts a row into the reader's language when it is read.
public class StewardAction
{
    private StewardAction()
    {
    }

    private StewardAction(StewardActionKind kind, string stewardId, string reason)
    {
        Kind = kind;
        StewardId = stewardId;
        Reason = reason.Trim();
    }

    public int Id { get; private set; }
    public StewardActionKind Kind { get; private set; }

    // Empty when the site acted by itself.
    public string StewardId { get; private set; } = "";
    public int? PostId { get; private set; }
    public string? NeighborId { get; private set; }
    public int? ReportId { get; private set; }
    public int? CategoryId { get; private set; }
    public int? NeighborhoodId { get; private set; }

    // A post's title, a neighbor's display name, a category's or neighborhood's name, as it was then.
    public string? Name { get; private set; }
    public string? PreviousName { get; private set; }

    // The language of a category's or neighborhood's name; null for its English name.
    public string? Language { get; private set; }
    public string? Email { get; private set; }

    // How many neighbors' reports hid a post automatically.
    public int? Reporters { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static StewardAction HidPost(string stewardId, Post post, string reason) => OnPost(StewardActionKind.HidPost, stewardId, post, reason);

    public static StewardAction RestoredPost(string stewardId, Post post, string reason) => OnPost(StewardActionKind.RestoredPost, stewardId, post, reason);

    public static StewardAction HidAutomatically(Post post, int reporters) =>
        new(StewardActionKind.HidAutomatically, "", "") { PostId = post.Id, Name = post.Title, Reporters = reporters };

    public static StewardAction DismissedReport(string stewardId, int reportId, string reason) =>
        new(StewardActionKind.DismissedReport, stewardId, reason) { ReportId = reportId };

    public static StewardAction BlockedNeighbor(string stewardId, Neighbor neighbor, string reason) =>
        OnNeighbor(StewardActionKind.BlockedNeighbor, stewardId, neighbor, reason);

    public static StewardAction UnblockedNeighbor(string stewardId, Neighbor neighbor, string reason) =>
        OnNeighbor(StewardActionKind.UnblockedNeighbor, stewardId, neighbor, reason);

    public static StewardAction NamedSteward(string stewardId, Neighbor neighbor, string reason) =>
        OnNeighbor(StewardActionKind.NamedSteward, stewardId, neighbor, reason);

    public static StewardAction RemovedSteward(string stewardId, Neighbor steward, string reason) =>
        OnNeighbor(StewardActionKind.RemovedSteward, stewardId, steward, reason);

    public static StewardAction NamedCoordinator(string stewardId, Neighbor neighbor, string reason) =>
        OnNeighbor(StewardActionKind.NamedCoordinator, stewardId, neighbor, reason);

    public static StewardAction RemovedCoordinator(string stewardId, Neighbor coordinator, string reason) =>
        OnNeighbor(StewardActionKind.RemovedCoordinator, stewardId, coordinator, reason);

    // A category's names are logged one language at a time, each with the words as they were:
    // empty where a language had (or now has) no name of its own.
    public static StewardAction AddedCategory(string stewardId, Category category, string? language, string name) =>
        new(StewardActionKind.AddedCategory, stewardId, "") { CategoryId = category.Id, Name = name, Language = language };

    public static StewardAction RenamedCategory(string stewardId, Category category, string? language, string previousName, string name) =>
        new(StewardActionKind.RenamedCategory, stewardId, "") { CategoryId = category.Id, Name = name, PreviousName = previousName, Language = language };

    public static StewardAction RetiredCategory(string stewardId, Category category) =>
        new(StewardActionKind.RetiredCategory, stewardId, "") { CategoryId = category.Id, Name = category.Name, Language = Languages.Default };

    public static StewardAction BroughtBackCategory(string stewardId, Category category) =>
        new(StewardActionKind.BroughtBackCategory, stewardId, "") { CategoryId = category.Id, Name = category.Name, Language = Languages.Default };

    // Read as "the first → the second", like a rename: the merged category, then where its posts went.
    public static StewardAction MergedCategory(string stewardId, Category from, Category into) =>
        new(StewardActionKind.MergedCategory, stewardId, "") { CategoryId = from.Id, PreviousName = from.Name, Name = into.Name, Language = Languages.Default };

    // How many failed emails went back to the outbox; which ones is not kept, since an email names its recipient.
    public static StewardAction SentEmailsAgain(string stewardId, int count) =>
        new(StewardActionKind.SentEmailsAgain, stewardId, "") { Name = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    // Its English name, and the one before when a steward changed it.
    public static StewardAction SavedNeighborhood(string stewardId, Neighborhood neighborhood, bool added, string? previousName = null) =>
        new(added ? StewardActionKind.AddedNeighborhood : StewardActionKind.EditedNeighborhood, stewardId, "")
        {
            NeighborhoodId = neighborhood.Id,
            Name = neighborhood.Name,
            PreviousName = previousName,
        };

    public static StewardAction AddedNeighborhoodName(string stewardId, Neighborhood neighborhood, string language, string name) =>
        new(StewardActionKind.AddedNeighborhood, stewardId, "") { NeighborhoodId = neighborhood.Id, Name = name, Language = language };

    public static StewardAction RenamedNeighborhood(string stewardId, Neighborhood neighborhood, string language, string previousName, string name) =>
        new(StewardActionKind.RenamedNeighborhood, stewardId, "") { NeighborhoodId = neighborhood.Id, Name = name, PreviousName = previousName, Language = language };

    // The log stamps an entry with the time it records it.
    public StewardAction At(DateTime now)
    {
        CreatedAt = now;
        return this;
    }

    private static StewardAction OnPost(StewardActionKind kind, string stewardId, Post post, string reason) =>
        new(kind, stewardId, reason) { PostId = post.Id, Name = post.Title };

    private static StewardAction OnNeighbor(StewardActionKind kind, string stewardId, Neighbor neighbor, string reason) =>
        new(kind, stewardId, reason) { NeighborId = neighbor.Id, Name = neighbor.DisplayName, Email = neighbor.Email };
}
