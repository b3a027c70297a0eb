using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

// The list and the map share one filter form and one reading of the query string.
public abstract class BrowsePageModel(AppDbContext db, ViewerLocator locator) : PageModel
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
        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString()))
            .ToListAsync(cancellationToken);
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new SelectListItem(n.Name, n.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
