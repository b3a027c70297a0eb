namespace MutualAid.Web.Posts;

// How a post lives: open until its time is up, renewed, withdrawn, closed by the expiry job,
// hidden and restored by stewards. A post whose time is up is expired from that moment, even
// before the job stores it, so every page asks StatusAt(now) rather than reading Status.
public partial class Post
{
    public HideCause? HiddenBecause { get; private set; }

    // The steward's own words, when a steward hid it.
    public string? HiddenNote { get; private set; }

    public PostStatus StatusAt(DateTime now) => StatusAt(Status, ExpiresAt, now);

    // For reads that project a post's columns instead of loading the post.
    public static PostStatus StatusAt(PostStatus stored, DateTime expiresAt, DateTime now) =>
        stored == PostStatus.Open && expiresAt <= now ? PostStatus.Expired : stored;

    public bool IsOpenAt(DateTime now) => StatusAt(now) == PostStatus.Open;

    // What anyone but the author may see: withdrawn, expired and hidden posts are the author's alone.
    public bool IsPublicAt(DateTime now) => StatusAt(now) is PostStatus.Open or PostStatus.InProgress or PostStatus.Fulfilled;

    public bool IsClosed => Status is PostStatus.Fulfilled or PostStatus.Withdrawn or PostStatus.Hidden;

    public bool CanBeEdited => Status is PostStatus.Open or PostStatus.Expired;

    public bool CanBeWithdrawn => Status is PostStatus.Open or PostStatus.InProgress or PostStatus.Expired;

    public const string ClosedForChanges = "This post is closed and can no longer be changed.";
    public const string TooEarlyToRenew = "It is too early to renew this post. You can renew it in the last days before it closes; we email you a reminder then.";

    // Renewing means something only near the end: within the reminder's window before the post
    // closes, or once it has expired. A post with weeks to go is not offered "Renew".
    // A date of a series is never renewed: it closes at the end of its day, and the next date
    // has a post of its own.
    public bool CanBeRenewedAt(DateTime now, TimeSpan reminderAhead) => CanBeEdited && SeriesId is null && ExpiresAt - now <= reminderAhead;

    public void Renew(DateTime now, TimeSpan reminderAhead)
    {
        EnsureEditable();
        if (!CanBeRenewedAt(now, reminderAhead))
        {
            throw new PostRuleException(TooEarlyToRenew);
        }

        Status = PostStatus.Open;
        ExpiresAt = now + Lifetime;
        ExpiryReminderSentAt = null;
        Changed(now);
    }

    public void Withdraw(DateTime now)
    {
        if (!CanBeWithdrawn)
        {
            throw new PostRuleException("This post is already closed.");
        }

        Status = PostStatus.Withdrawn;
        Changed(now);
    }

    public bool Expire(DateTime now)
    {
        if (Status != PostStatus.Open || ExpiresAt > now)
        {
            return false;
        }

        Status = PostStatus.Expired;
        Changed(now);
        return true;
    }

    public void MarkExpiryReminderSent(DateTime now)
    {
        ExpiryReminderSentAt = now;
        Changed(now);
    }

    public bool IsHidden => Status == PostStatus.Hidden;

    public void Hide(HideCause cause, string? note, DateTime now)
    {
        if (Status is PostStatus.Fulfilled or PostStatus.Withdrawn)
        {
            return;
        }

        Status = PostStatus.Hidden;
        HiddenBecause = cause;
        HiddenNote = cause == HideCause.Steward ? note?.Trim() : null;
        Changed(now);
    }

    public void Restore(DateTime now)
    {
        if (Status != PostStatus.Hidden)
        {
            return;
        }

        Status = IsFull ? PostStatus.InProgress : PostStatus.Open;
        HiddenBecause = null;
        HiddenNote = null;
        Changed(now);
    }

    private void EnsureEditable()
    {
        if (!CanBeEdited)
        {
            throw new PostRuleException(ClosedForChanges);
        }
    }
}
