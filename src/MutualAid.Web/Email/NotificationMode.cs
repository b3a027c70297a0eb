namespace MutualAid.Web.Email;

// How often a neighbor wants to hear from the site. "Off" silences every update; account emails
// and the introduction after an acceptance still arrive.
public enum NotificationMode
{
    Instant,
    DailyDigest,
    Off,
}
