using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    // The hour (UTC) after which each day's digest is written.
    [Range(0, 23)]
    public int DigestHourUtc { get; set; } = 7;
}
