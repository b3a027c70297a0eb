namespace MutualAid.Web.Posts;

public enum AnswerStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

// A neighbor's "I can help" on a need or "I'd like this" on an offer. The post decides; see
// Post.Accept and Post.Decline, which keep the capacity rules in one place.
public class Answer
{
    public const int MessageMaxLength = 1000;

    private Answer()
    {
    }

    public Answer(int postId, string neighborId, string message, DateTime now)
    {
        PostId = postId;
        NeighborId = neighborId;
        Message = message.Trim();
        CreatedAt = now;
        Status = AnswerStatus.Pending;
    }

    public int Id { get; private set; }
    public int PostId { get; private set; }
    public string NeighborId { get; private set; } = "";
    public string Message { get; private set; } = "";
    public AnswerStatus Status { get; internal set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? DecidedAt { get; internal set; }

    // On a date of a repeating post: the neighbor offers to take every date (see Series/).
    public bool OffersEveryTime { get; internal set; }

    public bool IsLive => Status is AnswerStatus.Pending or AnswerStatus.Accepted;
}
