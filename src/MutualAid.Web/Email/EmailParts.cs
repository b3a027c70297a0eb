namespace MutualAid.Web.Email;

public sealed record EmailLink(string Words, string Url);

// A paragraph of an email; its link, if any, stands on a line of its own below it.
public sealed record EmailParagraph(string Text, EmailLink? Link = null);

// The words of an update about the site, which its feature writes: the subject, what happened,
// links to act on it and why this neighbor was told.
public sealed record UpdateWords(string Subject, IReadOnlyList<string> Paragraphs, IReadOnlyList<EmailLink> Links, string Why);
