namespace MutualAid.Web.Localization;

// A steward's name for a category or neighborhood in one language other than English. Where a
// language has none, readers of that language see the English name.
public sealed class NameInLanguage
{
    public const int MaxLength = 80;

    private NameInLanguage()
    {
    }

    public string Language { get; private set; } = "";
    public string Name { get; private set; } = "";

    // Sets, changes or (when empty) removes the name in one language. The entry is changed in
    // place, so the database sees an update rather than a delete and an insert of the same key.
    public static void Set(List<NameInLanguage> names, string language, string? name)
    {
        var trimmed = name?.Trim() ?? "";
        var existing = names.Find(n => n.Language == language);
        if (trimmed.Length == 0)
        {
            if (existing is not null)
            {
                names.Remove(existing);
            }
        }
        else if (existing is null)
        {
            names.Add(new NameInLanguage { Language = language, Name = trimmed });
        }
        else
        {
            existing.Name = trimmed;
        }
    }

    public static string? In(IEnumerable<NameInLanguage> names, string language) =>
        names.FirstOrDefault(n => n.Language == language)?.Name;
}
