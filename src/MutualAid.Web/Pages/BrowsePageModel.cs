using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

// The list and the map share one filter form and one reading of the query string.
public abstract class BrowsePageModel(AppDbContext db, ViewerLocator locator, BrowseChoices choices) : PageModel
{
    public BrowseQuery Query { get; private set; } = new();
    public ViewerOrigin? Origin { get; private set; }
    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Neighborhoods { get; private set; } = [];

    protected string? ViewerId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    protected async Task LoadFiltersAsync(BrowseQuery query, CancellationToken cancellationToken)
    {
        Query = query;
        Origin = await locator.LocateAsync(User, query.Near, cancellationToken);
        var lists = await choices.GetAsync(db, cancellationToken);
        // New items each time: a view may mark one selected.
        Categories = [.. lists.Categories.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))];
        Neighborhoods = [.. lists.Neighborhoods.Select(n => new SelectListItem(n.Name, n.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
