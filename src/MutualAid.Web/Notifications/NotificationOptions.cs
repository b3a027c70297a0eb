using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    // The hour, in the site's time zone (App:TimeZone), after which each day's digest is written.
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;
}
