namespace MutualAid.Web.Email;

// A neighbor an email goes to, with the settings that decide whether it goes. The phone number is
// theirs to share: it reaches another neighbor only in the introduction after an acceptance.
public sealed record Recipient(string Id, string Email, string DisplayName, string Language, NotificationMode Notifications, string? Phone = null)
{
    // The languages they list on their profile, as codes; the introduction names them to the other side.
    public IReadOnlyList<string> Speaks { get; init; } = [];

    // The one place that decides "no emails": updates, reminders and notes wait on the site for a
    // neighbor who chose none, or who has no address to write to.
    public bool WantsUpdates => Notifications != NotificationMode.Off && Email.Length > 0;
}
