using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Moderation;

// The log and the reasons the site writes itself are stored in English, read by stewards and
// authors in different languages: so they are translated when read. A steward's own words are not.
public sealed partial class StewardLog(IStringLocalizer<StewardLog> text, Labels labels)
{
    public const string AddedCategory = "Added category";
    public const string RenamedCategory = "Renamed category";
    public const string AutoHideReason = "Hidden after reports from several neighbors, until a steward looks at it.";
    public const string BlockedAuthorReason = "The author's account is blocked.";
    private const string Renaming = " → ";

    public static string PostTarget(int postId, string title) => string.Create(CultureInfo.InvariantCulture, $"post {postId} “{title}”");

    public static string NeighborTarget(string name, string? email) => $"{name} ({email})";

    public static string ReportTarget(int reportId) => string.Create(CultureInfo.InvariantCulture, $"report {reportId}");

    public static string Renamed(string before, string after) => before + Renaming + after;

    public static string ReportedBy(int neighbors) => string.Create(CultureInfo.InvariantCulture, $"{neighbors} neighbors reported it");

    public string Action(string action) => text[action];

    public string Target(string action, string target)
    {
        if (action == AddedCategory)
        {
            return labels.Category(target);
        }

        if (action == RenamedCategory && target.Split(Renaming) is [var before, var after])
        {
            return Renamed(labels.Category(before), labels.Category(after));
        }

        if (PostTargetPattern().Match(target) is { Success: true } post)
        {
            return text["post {0} “{1}”", post.Groups[1].Value, post.Groups[2].Value];
        }

        return ReportTargetPattern().Match(target) is { Success: true } report ? text["report {0}", report.Groups[1].Value] : target;
    }

    public string Reason(string reason) =>
        ReportedByPattern().Match(reason) is { Success: true } reported ? text["{0} neighbors reported it", int.Parse(reported.Groups[1].Value, CultureInfo.InvariantCulture)] : reason;

    public string HiddenReason(string reason) => reason is AutoHideReason or BlockedAuthorReason ? text[reason] : reason;

    [GeneratedRegex(@"^post (\d+) “(.*)”$", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostTargetPattern();

    [GeneratedRegex(@"^report (\d+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportTargetPattern();

    [GeneratedRegex(@"^(\d+) neighbors reported it$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedByPattern();
}
