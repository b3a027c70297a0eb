namespace MutualAid.Web.Security;

// Marks a page handler as counted towards one allowance. The count is taken by HandlerRateLimits
// once Razor Pages has chosen the handler, so every spelling of an address that runs this handler
// counts, and no other.
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class RateLimitedAttribute(LimitedAction action) : Attribute
{
    public LimitedAction Action { get; } = action;
}
