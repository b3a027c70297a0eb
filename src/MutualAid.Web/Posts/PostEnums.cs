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
