using System.Globalization;

namespace MutualAid.Web.Localization;

// The languages the site and its emails are written in. English texts are the resource keys, so
// English needs no resource files and a missing translation shows English rather than nothing.
public static class Languages
{
    public const string Default = "en";

    public static readonly IReadOnlyList<Language> All = [new("en", "English"), new("es", "Español")];

    public static string Normalize(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))?.Code ?? Default;

    public static CultureInfo Culture(string? code) => CultureInfo.GetCultureInfo(Normalize(code));

    // The language of the page being rendered, as its two-letter code.
    public static string Current => Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}

public sealed record Language(string Code, string NativeName);
