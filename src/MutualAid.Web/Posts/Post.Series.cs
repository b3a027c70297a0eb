namespace MutualAid.Web.Posts;

// One date of a repeating need or offer (see Series/). It is an ordinary post in every other way:
// matched, answered and closed on its own.
public partial class Post
{
    public int? SeriesId { get; private set; }

    // The neighborhood's local date this post is for.
    public DateOnly? OccursOn { get; private set; }

    // A date's post closes at the end of its day: the next date has a post of its own, so there
    // is nothing to renew and no reminder to send.
    public void BelongTo(int seriesId, DateOnly occursOn, DateTime closesAt, DateTime now)
    {
        (SeriesId, OccursOn) = (seriesId, occursOn);
        ExpiresAt = closesAt;
        ExpiryReminderSentAt = now;
        Changed(now);
    }
}
