namespace MutualAid.Web.Neighbors;

public enum NotificationMode
{
    Instant,
    DailyDigest,
    Off,
}
