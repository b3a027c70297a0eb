using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace MutualAid.Web.Pages.Print;

public enum Paper
{
    A4,
    Letter,
}

public static class Papers
{
    // Where US Letter is the paper in the shops: the Americas that use it and the Philippines.
    private static readonly HashSet<string> LetterRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "US", "CA", "MX", "PR", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "HN", "PH",
    };

    // The reader's first language tag names a region ("en-US", "es-MX"): its paper, else A4.
    public static Paper Default(string? acceptLanguage)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptLanguage?.Split(','), out var tags))
        {
            return Paper.A4;
        }

        var first = tags.OrderByDescending(t => t.Quality ?? 1).FirstOrDefault()?.Value.Value;
        var region = first?.Split('-') is [_, var code, ..] ? code : null;
        return region is not null && LetterRegions.Contains(region) ? Paper.Letter : Paper.A4;
    }

    public static string CssName(this Paper paper) => paper.ToString().ToLower(CultureInfo.InvariantCulture);
}
