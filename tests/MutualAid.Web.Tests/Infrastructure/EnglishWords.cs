using System.Text.RegularExpressions;
using MimeKit;

namespace MutualAid.Web.Tests.Infrastructure;

// Finds English left in text meant to be Spanish: common English words that are not also
// Spanish words (so "no", "me", "son", "has", "error" or "total" are not on the list).
public static partial class EnglishWords
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "your", "you", "with", "for", "this", "that", "what", "who", "how", "when", "where", "which",
        "will", "would", "can", "could", "not", "are", "is", "was", "were", "be", "been", "it", "its", "of", "to",
        "in", "on", "at", "by", "from", "or", "an", "as", "if", "we", "our", "they", "their", "them", "there", "here",
        "about", "more", "only", "any", "all", "every", "each", "into", "out", "up", "just", "now", "than", "then",
        "also", "have", "had", "do", "does", "did", "done", "get", "see", "show", "let", "must", "may", "should",
        "new", "near", "nearby", "far", "away", "ago", "today", "tomorrow", "yesterday", "week", "day", "days",
        "hour", "hours", "minute", "minutes", "page", "pages", "next", "previous", "back", "post", "posts",
        "posted", "need", "needs", "needed", "offer", "offers", "offered", "help", "answer", "answers", "answered",
        "accept", "accepted", "decline", "declined", "withdraw", "withdrawn", "renew", "renewed", "edit", "save",
        "saved", "change", "changed", "send", "sent", "delete", "remove", "report", "reported", "block", "blocked",
        "unblock", "hide", "hidden", "restore", "thank", "thanks", "match", "matches", "matched", "mine", "profile",
        "settings", "email", "emails", "password", "account", "name", "sign", "log", "home", "location", "map",
        "browse", "category", "categories", "distance", "kind", "title", "description", "status", "open", "closed",
        "expired", "fulfilled", "fulfil", "progress", "urgent", "newest", "nearest", "whenever", "soon", "reach",
        "contact", "phone", "message", "messages", "note", "notes", "reason", "steward", "stewards", "neighbor",
        "neighbors", "neighborhood", "neighborhoods", "language", "skip", "content", "search", "filter", "filters",
        "apply", "clear", "errors", "problem", "field", "required", "least", "characters", "enter", "choose", "yes",
        "please", "sorry", "something", "wrong", "found", "try", "again", "cancel", "confirm", "confirmed", "link",
        "click", "list", "use", "my", "off", "instant", "daily", "digest", "unsubscribe", "people", "everyone",
        "someone", "nobody", "because", "until", "before", "after", "other", "like", "write", "keep", "give", "ask",
        "take", "i", "she", "us", "so", "one", "two", "three", "first", "last", "still", "already", "yours",
    };

    public static IReadOnlyList<string> In(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(Common.Contains).Distinct().ToList();

    // The shared error summary's heading is left to SpanishPagesTests, which checks every page.
    public static void AssertNoneIn(HtmlPage page)
    {
        var main = page.Document.QuerySelector("main")!;
        main.QuerySelector("#error-summary-title")?.Remove();
        var english = In(main.TextContent);
        Assert.True(english.Count == 0, $"English on {page.Response.RequestMessage!.RequestUri}: {string.Join(", ", english)}");
    }

    // Links are left out: their tokens are random letters that may spell anything.
    public static void AssertNoneIn(MimeMessage email)
    {
        var english = In(LinkOrTag().Replace($"{email.Subject}\n{email.TextBody}\n{email.HtmlBody}", " "));
        Assert.True(english.Count == 0, $"English in “{email.Subject}”: {string.Join(", ", english)}\n{email.TextBody}");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"https?://\S+|<[^>]*>")]
    private static partial Regex LinkOrTag();
}
