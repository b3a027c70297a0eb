using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.OwnData;

// Everything the site holds about one neighbor, as they are entitled to read it: their own rows in
// full (the exact home and post points included), and of other neighbors only what their own pages
// already showed them, a display name. Another neighbor's address, phone or home never appears.
// The JSON download serializes this record; the printable page renders the same record.
public sealed record NeighborData(
    DateTime ExportedAt,
    AccountData Account,
    IReadOnlyList<PostData> Posts,
    IReadOnlyList<AnswerData> AnswersGiven,
    IReadOnlyList<AnswerData> AnswersReceived,
    IReadOnlyList<MessageData> Messages,
    IReadOnlyList<ThanksData> ThanksGiven,
    IReadOnlyList<ThanksData> ThanksReceived,
    IReadOnlyList<ReportData> ReportsMade,
    IReadOnlyList<BlockData> BlocksMade,
    IReadOnlyList<MatchData> Matches,
    IReadOnlyList<HelpMatchData> HelpMatches,
    IReadOnlyList<EmailData> Emails,
    IReadOnlyList<DateTime> FailedLogIns,
    IReadOnlyList<OfflineNeighborData> OfflineNeighbors);

public sealed record AccountData(
    string Email,
    bool EmailConfirmed,
    string DisplayName,
    string Language,
    string? Phone,
    DateTime CreatedAt,
    DateTime? FirstLoggedInAt,
    NotificationMode Notifications,
    IReadOnlyList<string> HelpCategories,
    double HelpDistanceKm,
    double RadiusKm,
    double? HomeLatitude,
    double? HomeLongitude,
    string? Neighborhood,
    bool IsSteward,
    bool IsBlocked);

public sealed record PostData(
    int Id,
    PostKind Kind,
    string Category,
    string Title,
    string Details,
    PostStatus Status,
    double Latitude,
    double Longitude,
    double RadiusKm,
    Urgency Urgency,
    int Capacity,
    DateTime CreatedAt,
    DateTime ExpiresAt);

// An answer on a post: PostTitle is the post it was on, Neighbor the other side's display name.
public sealed record AnswerData(int Id, int PostId, string PostTitle, string Neighbor, string Message, AnswerStatus Status, DateTime CreatedAt);

public sealed record MessageData(int AnswerId, string PostTitle, bool FromYou, string Neighbor, string Text, DateTime CreatedAt);

public sealed record ThanksData(int PostId, string Neighbor, string Message, bool Public, DateTime CreatedAt);

public sealed record ReportData(int? PostId, string? Neighbor, string Reason, DateTime CreatedAt, DateTime? ResolvedAt);

public sealed record BlockData(string Neighbor, DateTime CreatedAt);

public sealed record MatchData(int YourPostId, int OtherPostId, DateTime CreatedAt);

public sealed record HelpMatchData(int NeedId, DateTime CreatedAt, DateTime? NotifiedAt);

public sealed record EmailData(string Subject, string Text, OutboxStatus Status, DateTime CreatedAt, DateTime? SentAt);

// A neighbor without an account whom this neighbor, as a coordinator, looks after: their own notes.
public sealed record OfflineNeighborData(int Id, string Name, string ReachBy, string SharedAtIntroduction, DateTime CreatedAt);
