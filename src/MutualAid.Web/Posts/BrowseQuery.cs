namespace MutualAid.Web.Posts;

public enum BrowseSort
{
    Newest,
    Nearest,
    Urgent,
}

// The browse filters, bound from the query string so every list and map link can be shared.
public sealed class BrowseQuery
{
    public const int PageSize = 20;
    public const int TextMaxLength = 200;

    public PostKind? Kind { get; set; }
    public int? Category { get; set; }
    public string? Q { get; set; }
    public double? Within { get; set; }
    public int? Near { get; set; }
    public BrowseSort Sort { get; set; }

    // "Speaks my language": posts that ask for, or whose author speaks, a language the signed-in
    // viewer lists. Ignored for anyone else.
    public bool Speaks { get; set; }
    // "page" is taken by Razor Pages' own route value, so the page number travels as "p".
    public int P { get; set; } = 1;

    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, TextMaxLength)];

    public double? WithinKm => Within is > 0 and <= 1000 ? Within : null;

    public int SafePage => Math.Clamp(P, 1, 100_000);

    public Dictionary<string, string> ToRouteValues(int? page = null)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var values = new Dictionary<string, string?>
        {
            ["kind"] = Kind?.ToString(),
            ["category"] = Category?.ToString(invariant),
            ["q"] = Text,
            ["within"] = WithinKm?.ToString(invariant),
            ["near"] = Near?.ToString(invariant),
            ["speaks"] = Speaks ? "true" : null,
            ["sort"] = Sort == BrowseSort.Newest ? null : Sort.ToString(),
            ["p"] = page is null or 1 ? null : page.Value.ToString(invariant),
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
    }
}
