namespace MutualAid.Web.Posts;

public enum FlowOutcome
{
    Done,
    Refused,
    NotFound,
}

public sealed record FlowResult(FlowOutcome Outcome, string Message)
{
    public static FlowResult Done(string message) => new(FlowOutcome.Done, message);

    public static FlowResult Refused(string message) => new(FlowOutcome.Refused, message);

    public static readonly FlowResult NotFound = new(FlowOutcome.NotFound, "");
}
