using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Posts;

public sealed class ExpiryOptions
{
    public const string Section = "Expiry";

    // How long before a post closes its author is reminded, in whole days, as the reminder says
    // so. At most the life of the renewal link it carries.
    [Range(typeof(TimeSpan), "1.00:00:00", "14.00:00:00")]
    public TimeSpan ReminderAhead { get; set; } = TimeSpan.FromDays(3);

    public bool IsWholeDays => ReminderAhead.Ticks % TimeSpan.TicksPerDay == 0;
}
