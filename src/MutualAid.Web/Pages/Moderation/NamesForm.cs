using Microsoft.AspNetCore.Mvc.ModelBinding;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Pages.Moderation;

public sealed record NameChange(string Language, string Before, string After);

// The name fields the category and neighborhood forms share: the English name (required, under
// "Input.Name") and one optional field per other language (under "Input.NameIn[code]"). An empty
// field means readers of that language see the English name.
public static class NamesForm
{
    public static IEnumerable<Language> OtherLanguages => Languages.All.Where(l => l.Code != Languages.Default);

    public static string Key(string language) => language == Languages.Default ? "Input.Name" : $"Input.NameIn[{language}]";

    // Two of a kind may not read the same in any language, counting the English name a language
    // without its own falls back to: checked as each language's readers would see the names.
    public static void Check(ModelStateDictionary state, string? english, IReadOnlyDictionary<string, string?> typed,
        IEnumerable<(int Id, Func<string, string> NameIn)> others, int? id, Func<string, string, string> taken, string tooLong)
    {
        english = english?.Trim();
        var rest = others.Where(o => o.Id != id).ToList();
        foreach (var language in Languages.All)
        {
            var own = language.Code == Languages.Default ? english : typed.GetValueOrDefault(language.Code)?.Trim();
            if (language.Code != Languages.Default && own?.Length > NameInLanguage.MaxLength)
            {
                state.AddModelError(Key(language.Code), tooLong);
                continue;
            }

            var shown = string.IsNullOrEmpty(own) ? english : own;
            if (!string.IsNullOrEmpty(shown) && rest.Exists(o => string.Equals(o.NameIn(language.Code), shown, StringComparison.OrdinalIgnoreCase)))
            {
                state.AddModelError(Key(language.Code), taken(shown, language.NativeName));
            }
        }
    }

    // Sets each other language's name as typed, and says which changed, with the words before and after.
    public static List<NameChange> SetOtherNames(List<NameInLanguage> names, IReadOnlyDictionary<string, string?> typed)
    {
        var changes = new List<NameChange>();
        foreach (var language in OtherLanguages)
        {
            var before = NameInLanguage.In(names, language.Code) ?? "";
            NameInLanguage.Set(names, language.Code, typed.GetValueOrDefault(language.Code));
            var after = NameInLanguage.In(names, language.Code) ?? "";
            if (before != after)
            {
                changes.Add(new(language.Code, before, after));
            }
        }

        return changes;
    }

    public static Dictionary<string, string?> Typed(IEnumerable<NameInLanguage> names) =>
        OtherLanguages.ToDictionary(l => l.Code, l => NameInLanguage.In(names, l.Code));
}
