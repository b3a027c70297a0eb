using System.Globalization;
using System.Text;

namespace MutualAid.Web.Posts;

// Turns whatever someone typed into an FTS5 query (or PostgreSQL's tsquery) that can only mean "posts holding all these
// words": each word is quoted, so quotes, operators (AND, OR, NOT, NEAR), column names, `*`, `^`
// and brackets are plain text or separators, never syntax. Words of three letters or more also
// find longer words that start with them ("bike" finds "bikes"); shorter ones must match whole,
// since a one-letter prefix would make SQLite merge the lists of most words in the index.
public static class WordSearch
{
    public const int MaxWords = 8;
    private const int PrefixFromLength = 3;

    // Null when the text holds no letters or digits at all: nothing can match it.
    public static string? ToMatchQuery(string text) => Joined(text, " ", w => $"\"{w}\"*", w => $"\"{w}\"");

    // The same search in PostgreSQL's words (a tsquery): each word a quoted lexeme, `:*` for a prefix.
    public static string? ToTsQuery(string text) => Joined(text, " & ", w => $"'{w}':*", w => $"'{w}'");

    private static string? Joined(string text, string separator, Func<string, string> prefix, Func<string, string> whole)
    {
        var words = Words(text.Normalize(NormalizationForm.FormC)).Distinct().Take(MaxWords).ToList();
        return words.Count == 0 ? null : string.Join(separator, words.Select(w => w.Length >= PrefixFromLength ? prefix(w) : whole(w)));
    }

    // Runs of letters, digits and combining marks, as SQLite's unicode61 tokenizer reads words.
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordPart(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => Rune.IsLetterOrDigit(rune),
    };
}
