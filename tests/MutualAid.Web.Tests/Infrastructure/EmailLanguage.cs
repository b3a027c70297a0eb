using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MutualAid.Web.Tests.Infrastructure;

// Checks that an email reads in the language of the neighbor who receives it. Spanish emails are
// searched for common English words that are not also Spanish words (the pages' list and a few
// more of the emails'), so a sentence left untranslated shows up; their user content must then
// be Spanish too.
public static partial class EmailLanguage
{
    // Words of the emails that the pages' list (EnglishWords) does not hold.
    private static readonly HashSet<string> EmailWords = new(StringComparer.Ordinal)
    {
        "hello", "these", "closes", "read", "stop", "often", "everything", "act", "touch", "left", "withdrew",
        "longer", "private", "author", "else", "nothing", "shared", "under", "over", "meals", "childcare",
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
        var text = Readable(email);
        var emailWords = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(EmailWords.Contains);
        var found = EnglishWords.In(text).Union(emailWords).ToList();
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

    // Subject and both parts as a reader sees them; links are left out, as their tokens are
    // random letters that may spell anything.
    private static string Readable(MimeMessage email)
    {
        var html = WebUtility.HtmlDecode(Tag().Replace(email.HtmlBody ?? "", " "));
        return Url().Replace($"{email.Subject}\n{email.TextBody}\n{html}", " ");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
