using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Moderation;

public sealed class StewardOptions
{
    public const string Section = "MutualAid";
    public const string Role = "Steward";
    public const string Policy = "Steward";

    // Emails of neighbors who are stewards from the start, besides the first account.
    public List<string> Stewards { get; set; } = [];

    [Range(0, 24 * 30)]
    public int NewAccountHours { get; set; } = 24;

    [Range(0, 1000)]
    public int NewAccountMaxPosts { get; set; } = 3;

    // Messages on answers a new account may send in its first NewAccountHours.
    [Range(0, 1000)]
    public int NewAccountMaxMessages { get; set; } = 10;

    // Stewards hear of new reports at once, but at most one email in this many minutes.
    [Range(1, 24 * 60)]
    public int ReportEmailEveryMinutes { get; set; } = 60;
}
