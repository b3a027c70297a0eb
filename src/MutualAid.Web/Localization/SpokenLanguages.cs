namespace MutualAid.Web.Localization;

// The languages a neighbor can say they speak and a post can ask for: a fixed list of ISO 639-1
// codes common in the neighborhoods the site serves, not the languages the site is written in
// (Languages). Codes are what is stored; names are shown in the reader's language by
// SpokenLanguageNames, with each language's own name beside it for a neighbor who reads neither.
public static class SpokenLanguages
{
    public static readonly IReadOnlyList<SpokenLanguage> All =
    [
        new("en", "English", "English"),
        new("es", "Spanish", "Español"),
        new("pt", "Portuguese", "Português"),
        new("fr", "French", "Français"),
        new("ht", "Haitian Creole", "Kreyòl ayisyen"),
        new("ar", "Arabic", "العربية"),
        new("zh", "Chinese", "中文"),
        new("vi", "Vietnamese", "Tiếng Việt"),
        new("tl", "Tagalog", "Tagalog"),
        new("ko", "Korean", "한국어"),
        new("ru", "Russian", "Русский"),
        new("uk", "Ukrainian", "Українська"),
        new("pl", "Polish", "Polski"),
        new("de", "German", "Deutsch"),
        new("it", "Italian", "Italiano"),
        new("hi", "Hindi", "हिन्दी"),
        new("bn", "Bengali", "বাংলা"),
        new("ur", "Urdu", "اردو"),
        new("fa", "Persian", "فارسی"),
        new("so", "Somali", "Soomaali"),
        new("am", "Amharic", "አማርኛ"),
        new("sw", "Swahili", "Kiswahili"),
        new("tr", "Turkish", "Türkçe"),
        new("ja", "Japanese", "日本語"),
    ];

    public static bool IsKnown(string? code) => All.Any(l => l.Code == code);

    // Known codes only, each once, in the list's order: what is stored.
    public static List<string> Clean(IEnumerable<string>? codes)
    {
        var chosen = codes?.ToHashSet(StringComparer.Ordinal) ?? [];
        return [.. All.Where(l => chosen.Contains(l.Code)).Select(l => l.Code)];
    }

    // The one rule matching and helpers share: a post that asks for languages is only for
    // neighbors who speak at least one of them; a post that asks for none is for anyone.
    public static bool Reaches(IReadOnlyCollection<string> asked, IReadOnlyCollection<string> speaks) =>
        asked.Count == 0 || asked.Any(speaks.Contains);
}

public sealed record SpokenLanguage(string Code, string EnglishName, string OwnName);
