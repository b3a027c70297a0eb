namespace MutualAid.Web.Posts;

public enum PostKind
{
    Need,
    Offer,
}

public enum PostStatus
{
    Open,
    InProgress,
    Fulfilled,
    Withdrawn,
    Expired,
    Hidden,
}

public enum Urgency
{
    Whenever,
    ThisWeek,
    Today,
}

// Why a post is hidden, as a fact: the words are chosen in each reader's language when shown.
public enum HideCause
{
    // A steward hid it, with their own words in HiddenNote.
    Steward,

    // Reports from several neighbors hid it before a steward looked.
    Reports,

    // The stewards blocked its author's account.
    BlockedAuthor,
}
