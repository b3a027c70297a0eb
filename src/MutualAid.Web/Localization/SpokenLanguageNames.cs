using Microsoft.Extensions.Localization;

namespace MutualAid.Web.Localization;

// A spoken language's name in the reader's language (English names are the keys), with its own
// name beside it when that differs: "Arabic (العربية)", "árabe (العربية)".
public sealed class SpokenLanguageNames(IStringLocalizer<SpokenLanguageNames> text)
{
    public string Name(string code) =>
        SpokenLanguages.All.FirstOrDefault(l => l.Code == code) is { } language ? text[language.EnglishName] : code;

    public string NameWithOwn(SpokenLanguage language)
    {
        var shown = text[language.EnglishName].Value;
        return string.Equals(shown, language.OwnName, StringComparison.OrdinalIgnoreCase) ? shown : $"{shown} ({language.OwnName})";
    }

    // The whole list, ordered by name in the reader's language, for checkboxes.
    public IReadOnlyList<(string Code, string Name)> Choices() =>
        [.. SpokenLanguages.All.Select(l => (l.Code, Name: NameWithOwn(l))).OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];

    // "Spanish, Portuguese": names in the reader's language, in the list's order.
    public string List(IEnumerable<string> codes) =>
        string.Join(", ", SpokenLanguages.Clean(codes).Select(Name));
}
