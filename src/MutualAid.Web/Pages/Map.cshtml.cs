using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using MutualAid.Web.Geo;
using MutualAid.Web.Hosting;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

[OutputCache(PolicyName = SignedOutPages.Policy)]
public class MapModel(ShownNames names, ViewerLocator locator, PostBrowser browser, TimeProvider clock, IOptions<MapOptions> map,
    Labels labels)
    : BrowsePageModel(names, locator)
{
    public BrowseResult Result { get; private set; } = new([], 0, 1);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public MapOptions Map { get; } = map.Value;
    public string CellsJson { get; private set; } = "[]";
    public GeoPoint? Center { get; private set; }

    public async Task OnGetAsync(BrowseQuery query, CancellationToken cancellationToken)
    {
        await LoadFiltersAsync(query, cancellationToken);
        var (result, cells) = await browser.MapAsync(Query, Origin?.Cell, Reader, cancellationToken);
        Result = result;
        CellsJson = JsonSerializer.Serialize(cells.Select(InReadersLanguage), JsonSerializerOptions.Web);
        Center = Origin?.Cell.Center
            ?? (cells.Count > 0 ? new GeoPoint(cells.Average(c => c.Latitude), cells.Average(c => c.Longitude)) : null);
    }

    // The popups show each post's kind as the list does, in the reader's language.
    private MapCell InReadersLanguage(MapCell cell) => cell with
    {
        Posts = [.. cell.Posts.Select(p => p with { Kind = labels.Kind(Enum.Parse<PostKind>(p.Kind)) })],
    };
}
