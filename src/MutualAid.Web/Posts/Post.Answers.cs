
namespace MutualAid.Web.Posts;

// The rules of answering: capacity, who decides, and how a post closes. Each change bumps the
// version, so the database refuses the second of two changes made at the same moment.
public partial class Post
{
    public const string NeedIsFull = "This post is full: all the people it needs have been accepted.";
    public const string OfferIsFull = "This offer is full: everything offered has been taken.";

    public bool IsFull => AcceptedCount >= Capacity;

    // What a neighbor is told when every place is taken, in words that fit the kind of post.
    public string FullNotice => Kind == PostKind.Need ? NeedIsFull : OfferIsFull;

    public bool TakesAnswersAt(DateTime now) => IsOpenAt(now) && !IsFull;

    // Live, with every place taken: the one reason to refuse an answer that a place freeing up undoes.
    private bool IsFullAt(DateTime now) => IsFull && StatusAt(now) is PostStatus.Open or PostStatus.InProgress;

    public Answer ReceiveAnswer(string neighborId, string message, DateTime now, bool everyTime = false)
    {
        if (IsAuthor(neighborId))
        {
            throw new PostRuleException("You cannot answer your own post.");
        }

        if (!TakesAnswersAt(now))
        {
            throw new PostRuleException(IsFullAt(now) ? FullNotice : "This post is not taking answers any more.");
        }

        Changed(now);
        return new Answer(Id, neighborId, message, now) { OffersEveryTime = everyTime && SeriesId is not null };
    }

    public void Accept(Answer answer, DateTime now)
    {
        EnsureOwnAnswer(answer);
        if (answer.Status != AnswerStatus.Pending)
        {
            throw new PostRuleException("That answer is no longer waiting for a decision.");
        }

        if (!TakesAnswersAt(now))
        {
            throw new PostRuleException(IsFullAt(now) ? FullNotice : "This post is closed, so answers can no longer be accepted.");
        }

        answer.Status = AnswerStatus.Accepted;
        answer.DecidedAt = now;
        AcceptedCount++;
        if (IsFull)
        {
            Status = PostStatus.InProgress;
        }

        Changed(now);
    }

    public void Decline(Answer answer, DateTime now)
    {
        EnsureOwnAnswer(answer);
        if (!answer.IsLive || IsClosed)
        {
            throw new PostRuleException("That answer cannot be declined now.");
        }

        Release(answer, AnswerStatus.Declined, now);
    }

    public void WithdrawAnswer(Answer answer, DateTime now)
    {
        EnsureOwnAnswer(answer);
        if (!answer.IsLive || IsClosed)
        {
            throw new PostRuleException("That answer cannot be withdrawn now.");
        }

        Release(answer, AnswerStatus.Withdrawn, now);
    }

    // A block ends an answer at once, whatever the post's state, so that nobody waits on, or stays
    // in touch through, someone on the other side of it. Fulfilled and withdrawn posts keep their
    // history. The author ending it declines it; anyone else ending it withdraws it.
    public void EndForBlock(Answer answer, bool byAuthor, DateTime now)
    {
        EnsureOwnAnswer(answer);
        if (answer.IsLive && Status is not (PostStatus.Fulfilled or PostStatus.Withdrawn))
        {
            Release(answer, byAuthor ? AnswerStatus.Declined : AnswerStatus.Withdrawn, now);
        }
    }

    // Open or in progress, with someone accepted: an expired post can still be marked done.
    public bool CanFulfil => Status is PostStatus.Open or PostStatus.InProgress && AcceptedCount > 0;

    // When it was marked done: how long needs take to be met is counted to here.
    public DateTime? FulfilledAt { get; private set; }

    public void Fulfil(DateTime now)
    {
        if (!CanFulfil)
        {
            throw new PostRuleException(IsClosed ? "This post is already closed." : "Accept an answer before marking it done.");
        }

        Status = PostStatus.Fulfilled;
        FulfilledAt = now;
        Changed(now);
    }

    private void Release(Answer answer, AnswerStatus status, DateTime now)
    {
        if (answer.Status == AnswerStatus.Accepted)
        {
            AcceptedCount--;
            if (Status == PostStatus.InProgress)
            {
                Status = PostStatus.Open;
            }
        }

        answer.Status = status;
        answer.DecidedAt = now;
        Changed(now);
    }

    private void EnsureOwnAnswer(Answer answer)
    {
        if (answer.PostId != Id)
        {
            throw new PostRuleException("That answer belongs to another post.");
        }
    }
}
