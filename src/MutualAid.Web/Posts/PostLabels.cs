namespace MutualAid.Web.Posts;

// Short words the pages use for a post's facts, kept in one place so every page says the same.
public static class PostLabels
{
    public static string Age(DateTime createdAt, DateTime now)
    {
        var age = now - createdAt;
        return age switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalMinutes: < 2 } => "1 minute ago",
            { TotalHours: < 1 } => $"{(int)age.TotalMinutes} minutes ago",
            { TotalHours: < 2 } => "1 hour ago",
            { TotalDays: < 1 } => $"{(int)age.TotalHours} hours ago",
            { TotalDays: < 2 } => "yesterday",
            _ => $"{(int)age.TotalDays} days ago",
        };
    }

    public static string Label(this PostKind kind) => kind == PostKind.Need ? "Need" : "Offer";

    public static string Label(this Urgency urgency) => urgency switch
    {
        Urgency.Today => "today",
        Urgency.ThisWeek => "this week",
        _ => "whenever",
    };

    public static string Label(this BrowseSort sort) => sort switch
    {
        BrowseSort.Nearest => "Nearest",
        BrowseSort.Urgent => "Most urgent",
        _ => "Newest",
    };

    public static string Label(this PostStatus status) => status switch
    {
        PostStatus.InProgress => "In progress",
        _ => status.ToString(),
    };
}
