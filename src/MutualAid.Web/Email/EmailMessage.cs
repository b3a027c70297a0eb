namespace MutualAid.Web.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody, string? UnsubscribeUrl = null);
