namespace MutualAid.Web.Posts;

public sealed class PostRuleException(string message) : InvalidOperationException(message);
