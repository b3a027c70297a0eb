using System.Globalization;

namespace MutualAid.Web.Localization;

// Writes in one neighbor's language for a while, then goes back: an email is composed in its
// recipient's language, whatever language the request or background job that caused it runs in.
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureScope Of(string? languageCode) => new(Languages.Culture(languageCode));

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
