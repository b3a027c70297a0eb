using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MutualAid.Web.Tests.Infrastructure;

// Checks that an email reads in the language of the neighbor who receives it. Spanish emails are
// searched for common English interface words that are not also Spanish words, so a sentence
// left untranslated shows up; their user content must then be Spanish too.
public static partial class EmailLanguage
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "your", "you", "and", "with", "post", "posts", "need", "needs", "offer", "offers", "answer", "answered",
        "answers", "accept", "accepted", "decline", "declined", "thank", "thanks", "match", "matches", "matching",
        "email", "emails", "hello", "here", "this", "these", "that", "is", "are", "was", "for", "about", "from", "near",
        "nearby", "today", "what", "when", "will", "can", "not", "open", "done", "closes", "renew", "read", "it", "its",
        "of", "on", "in", "to", "at", "or", "get", "because", "stop", "change", "how", "often", "we", "write",
        "everything", "have", "act", "touch", "reach", "phone", "note", "left", "withdrew", "withdrawn", "fulfilled",
        "help", "longer", "private", "author", "someone", "else", "other", "nothing", "shared", "until", "days", "new",
        "daily", "digest", "away", "under", "over", "meals", "childcare",
    };

    public static Task SpeaksAsync(this MutualAidApp app, string email, string language) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, language)));

    // A client whose browser asks for this language, as a neighbor's would.
    public static HttpClient Prefers(this HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static void AssertSpanish(MimeMessage email)
    {
        AssertComplete(email);
        Assert.StartsWith("Hola, ", email.TextBody, StringComparison.Ordinal);
        var found = Words(email).Where(EnglishWords.Contains).Distinct().ToList();
        Assert.True(found.Count == 0, $"English words {string.Join(", ", found)} in “{email.Subject}”:\n{email.TextBody}\n{email.HtmlBody}");
    }

    public static void AssertEnglish(MimeMessage email)
    {
        AssertComplete(email);
        Assert.StartsWith("Hello ", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("You get this email because", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stop these emails: https://", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Hola", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }

    // Both parts, and the unsubscribe header and link, whatever the language.
    private static void AssertComplete(MimeMessage email)
    {
        Assert.False(string.IsNullOrWhiteSpace(email.TextBody));
        Assert.False(string.IsNullOrWhiteSpace(email.HtmlBody));
        var unsubscribe = email.Headers["List-Unsubscribe"] ?? "";
        Assert.Matches("^<https://mutualaid.example/Unsubscribe\\?token=[^>]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(unsubscribe.Trim('<', '>'), email.TextBody, StringComparison.Ordinal);
    }

    // Links are left out: their tokens are random letters that may spell anything.
    private static IEnumerable<string> Words(MimeMessage email)
    {
        var html = WebUtility.HtmlDecode(Tag().Replace(email.HtmlBody ?? "", " "));
        var all = Url().Replace($"{email.Subject}\n{email.TextBody}\n{html}", " ");
        return Word().Matches(all).Select(m => m.Value.ToLowerInvariant());
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
