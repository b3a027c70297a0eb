using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

// The list and the map share one filter form and one reading of the query string.
public abstract class BrowsePageModel(ShownNames names, ViewerLocator locator) : PageModel
{
    public BrowseQuery Query { get; private set; } = new();
    public ViewerOrigin? Origin { get; private set; }

    // The signed-in reader, whose blocks every list keeps to; null for a visitor.
    public Viewer? Reader { get; private set; }
    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Neighborhoods { get; private set; } = [];

    protected Task LoadFiltersAsync(BrowseQuery query, CancellationToken cancellationToken) =>
        LoadFiltersAsync(query, User, cancellationToken);

    // Distances are measured from the home of `measuredFor`, if any, else from the chosen neighborhood.
    protected async Task LoadFiltersAsync(BrowseQuery query, System.Security.Claims.ClaimsPrincipal measuredFor, CancellationToken cancellationToken)
    {
        Query = query;
        (Origin, Reader) = await locator.LocateAsync(User, measuredFor, query.Near, cancellationToken);
        Categories = Choices((await names.CategoriesAsync(cancellationToken)).Offered(query.Category));
        Neighborhoods = Choices((await names.NeighborhoodsAsync(cancellationToken)).ByShownName());
    }

    // Each named in the reader's language.
    public static IReadOnlyList<SelectListItem> Choices(IEnumerable<Named> items) =>
        [.. items.Select(n => new SelectListItem(n.Name.Shown, n.Id.ToString(CultureInfo.InvariantCulture)))];
}
