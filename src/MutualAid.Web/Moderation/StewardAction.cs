namespace MutualAid.Web.Moderation;

// Every steward action, for every steward to see: who did what, to what, when and why.
public class StewardAction
{
    private StewardAction()
    {
    }

    public StewardAction(string stewardId, string action, string target, string reason, DateTime now)
    {
        StewardId = stewardId;
        Action = action;
        Target = target;
        Reason = reason.Trim();
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public string StewardId { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Target { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
