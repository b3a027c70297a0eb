namespace MutualAid.Web.Answers;

// A note after a post is fulfilled, from one side to the other. It joins the public gratitude
// list only when both the writer and the reader agree.
public class ThankYou
{
    public const int MessageMaxLength = 1000;

    private ThankYou()
    {
    }

    public ThankYou(int postId, string fromId, string toId, string message, bool writerAgreesPublic, DateTime now)
    {
        PostId = postId;
        FromId = fromId;
        ToId = toId;
        Message = message.Trim();
        WriterAgreesPublic = writerAgreesPublic;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int PostId { get; private set; }
    public string FromId { get; private set; } = "";
    public string ToId { get; private set; } = "";
    public string Message { get; private set; } = "";
    public bool WriterAgreesPublic { get; private set; }
    public bool ReaderAgreesPublic { get; set; }
    public DateTime CreatedAt { get; private set; }
}
