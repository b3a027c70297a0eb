using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.PostPages;

// What New and Edit share: the lists the form offers, the author's home and the place search.
public abstract class PostFormPageModel(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock, IOptions<MapOptions> map,
    ShownNames names, IStringLocalizer<PostInput> inputText, PlaceSearch placeSearch, SiteTimeZone timeZone)
    : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected TimeProvider Clock { get; } = clock;

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public MapOptions Map { get; } = map.Value;
    public IReadOnlyList<SelectListItem> CategoryItems { get; private set; } = [];
    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public GeoPoint? Home { get; private set; }
    public IReadOnlyList<FoundPlace> FoundPlaces { get; private set; } = [];
    public PlaceSearchView PlaceSearchView => new(placeSearch.Enabled, Input.PlaceQuery, Input.SearchedPlace, FoundPlaces, Input.FoundPlace);
    public string UserId => users.GetUserId(User)!;

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    // A post being edited keeps its category even if a steward has retired it since.
    protected async Task LoadChoicesAsync(CancellationToken cancellationToken, int? keptCategoryId = null)
    {
        CategoryItems = BrowsePageModel.Choices((await names.CategoriesAsync(cancellationToken)).Offered(keptCategoryId));
        Neighborhoods = await Db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        var home = await Db.Users.AsNoTracking().Where(u => u.Id == UserId)
            .Select(u => new { u.HomeLatitude, u.HomeLongitude, u.RadiusKm })
            .FirstAsync(cancellationToken);
        Home = home is { HomeLatitude: { } lat, HomeLongitude: { } lon } ? new GeoPoint(lat, lon) : null;
        DefaultRadiusKm = home.RadiusKm;
    }

    protected double DefaultRadiusKm { get; private set; } = Neighbor.DefaultRadiusKm;

    // A coordinator posting for a neighbor without an account: "near home" is that neighbor's place.
    protected void PlaceAt(GeoPoint point) => Home = point;

    protected DateOnly Today => timeZone.Today(Now);

    protected IStringLocalizer<PostInput> InputText => inputText;

    protected PostContent? ValidatedContent(GeoPoint? current)
    {
        var categoryIds = CategoryItems.Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var today = timeZone.Today(Now);
        return Input.ToContent(ModelState, Home, current, Neighborhoods, categoryIds, today, inputText);
    }

    // "Search" on the form: the rest of what was typed comes back as it was, with the results to
    // choose from and the first one chosen. Nothing is checked or saved until "Post it".
    protected async Task<IActionResult> FindPlaceAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!placeSearch.Enabled)
        {
            return Page();
        }

        FoundPlaces = await placeSearch.SearchAsync(ModelState, Input.PlaceQuery, cancellationToken);
        Input.SearchedPlace = Input.PlaceQuery;
        Input.FoundPlace = null;
        if (FoundPlaces.Count > 0)
        {
            Input.Location = LocationChoice.Point;
            Input.NeighborhoodId = null;
            Input.FoundPlace = FoundPlaces[0].Choice;
        }

        return Page();
    }
}
