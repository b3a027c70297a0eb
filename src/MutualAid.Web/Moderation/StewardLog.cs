using Microsoft.Extensions.Localization;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// The log keeps facts; stewards read them in their own language, so each row is put into words
// when it is read. A steward's own reason is shown as they wrote it. Why a post is hidden is a
// fact on the post, put into words here too.
public sealed class StewardLog(IStringLocalizer<StewardLog> text)
{
    public string What(StewardAction action) => $"{text[Verb(action.Kind)]}: {Subject(action)}";

    public string Why(StewardAction action) =>
        action is { Kind: StewardActionKind.HidAutomatically, Reporters: { } reporters } ? text["{0} neighbors reported it", reporters] : action.Reason;

    // Never says who reported a post, nor how many did.
    public string HiddenReason(HideCause? cause, string? note) => cause switch
    {
        HideCause.Reports => text["Hidden after reports from several neighbors, until a steward looks at it."],
        HideCause.BlockedAuthor => text["The author's account is blocked."],
        _ => note ?? "",
    };

    private string Subject(StewardAction action) => action.Kind switch
    {
        StewardActionKind.HidPost or StewardActionKind.RestoredPost or StewardActionKind.HidAutomatically =>
            text["post {0} “{1}”", action.PostId ?? 0, action.Name ?? ""],
        StewardActionKind.DismissedReport => text["report {0}", action.ReportId ?? 0],
        StewardActionKind.SentEmailsAgain => text["{0} failed emails", action.Name ?? "0"],
        StewardActionKind.BlockedNeighbor or StewardActionKind.UnblockedNeighbor or StewardActionKind.NamedSteward or StewardActionKind.RemovedSteward
            or StewardActionKind.NamedCoordinator or StewardActionKind.RemovedCoordinator =>
            $"{action.Name} ({action.Email})",
        StewardActionKind.RenamedCategory or StewardActionKind.RenamedNeighborhood or StewardActionKind.EditedNeighborhood or StewardActionKind.MergedCategory
            when action.PreviousName is not null =>
            $"{Words(AsReadThen(action, action.PreviousName))} → {Words(AsReadThen(action, action.Name))}{InLanguage(action.Language)}",
        _ => $"{Words(AsReadThen(action, action.Name))}{InLanguage(action.Language)}",
    };

    // A category row from before names had languages holds the English name; a seeded category's
    // name was then shown in the reader's language, and the row still reads as it did.
    private static string? AsReadThen(StewardAction action, string? name) =>
        action is { Kind: StewardActionKind.AddedCategory or StewardActionKind.RenamedCategory, Language: null }
            && Languages.Current != Languages.Default
            && Category.Seeds.FirstOrDefault(seed => seed.English == name) is { Spanish: { } spanish }
            ? spanish
            : name;

    // Names are shown as the steward wrote them then; an empty one means the language had none.
    private string Words(string? name) => string.IsNullOrEmpty(name) ? text["(none)"] : name;

    private static string InLanguage(string? language) =>
        language is null || language == Languages.Default ? "" : $" ({Languages.All.First(l => l.Code == Languages.Normalize(language)).NativeName})";

    // The English words are the keys of the Spanish resources.
    private static string Verb(StewardActionKind kind) => kind switch
    {
        StewardActionKind.HidPost => "Hid post",
        StewardActionKind.RestoredPost => "Restored post",
        StewardActionKind.HidAutomatically => "Hid automatically",
        StewardActionKind.DismissedReport => "Dismissed report",
        StewardActionKind.BlockedNeighbor => "Blocked neighbor",
        StewardActionKind.UnblockedNeighbor => "Unblocked neighbor",
        StewardActionKind.NamedSteward => "Named steward",
        StewardActionKind.RemovedSteward => "Removed steward",
        StewardActionKind.AddedCategory => "Added category",
        StewardActionKind.RenamedCategory => "Renamed category",
        StewardActionKind.AddedNeighborhood => "Added neighborhood",
        StewardActionKind.EditedNeighborhood => "Edited neighborhood",
        StewardActionKind.RenamedNeighborhood => "Renamed neighborhood",
        StewardActionKind.RetiredCategory => "Retired category",
        StewardActionKind.BroughtBackCategory => "Brought back category",
        StewardActionKind.MergedCategory => "Merged categories",
        StewardActionKind.SentEmailsAgain => "Sent again",
        StewardActionKind.NamedCoordinator => "Named coordinator",
        StewardActionKind.RemovedCoordinator => "Removed coordinator",
        _ => kind.ToString(),
    };
}
