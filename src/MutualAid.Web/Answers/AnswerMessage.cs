using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

// A short message between a post's author and one neighbor who answered it ("What floor?"), so
// they can settle details before accepting and after. Only those two ever read it. It is plain
// words: contact details travel in the introduction after an acceptance, never here.
public class AnswerMessage
{
    public const int TextMaxLength = 500;

    private AnswerMessage()
    {
    }

    public AnswerMessage(int answerId, string senderId, string text, DateTime now)
    {
        AnswerId = answerId;
        SenderId = senderId;
        Text = text;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int AnswerId { get; private set; }
    public string SenderId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    // The two may talk while the answer is waiting or accepted and the post is open or has all the
    // help it needs. Once the post is fulfilled, withdrawn, hidden or expired, or the answer was
    // declined or withdrawn, the conversation stays readable but takes no more messages.
    public static bool CanTalkOn(Post post, AnswerStatus answer, DateTime now) =>
        answer is AnswerStatus.Pending or AnswerStatus.Accepted && post.StatusAt(now) is PostStatus.Open or PostStatus.InProgress;
}
