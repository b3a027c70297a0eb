namespace MutualAid.Web.Security;

// What a neighbor does that is counted; each has its own allowance (see RateLimitOptions).
public enum LimitedAction
{
    Posting,
    Answering,
    Editing,
    Reporting,
    Thanking,
    Renewing,
    // Blocking and unblocking another neighbor, from a post, an answer or the profile.
    Blocking,
    // Messages between a post's author and someone who answered it.
    Messaging,
    // Every other change a neighbor makes: accepting, declining, closing, settings.
    OtherChanges,
}
