using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

// The first log-in's home step: the profile's home editor on its own, with "Not now". Either way
// the newcomer goes on to say what they could help with, then where they were going.
public class HomeModel(AppDbContext db, UserManager<Neighbor> users, IOptions<MapOptions> map, IStringLocalizer<HomeInput> homeText,
    IStringLocalizer<HomeModel> text, PlaceSearch placeSearch) : PageModel
{
    [BindProperty]
    public HomeInput Input { get; set; } = new();

    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public GeoPoint? Home { get; private set; }
    public string Target { get; private set; } = "/";
    public PlaceSearchView PlaceSearchView { get; private set; } = new(false, null, null, [], null);

    public HomeEditor HomeEditor => new(Input, Home, Neighborhoods, map.Value, PlaceSearchView);

    // The next step, carrying where the neighbor was going.
    public string NextStep => FirstSteps.Step(FirstSteps.HelpingStep, Target);

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, returnUrl, cancellationToken);
        Input.NeighborhoodId = neighbor.NeighborhoodId;
        return Page();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, returnUrl, cancellationToken);
        if (PlaceSearchView.WaitsForSearch)
        {
            return await FindPlaceAsync(cancellationToken);
        }

        var home = Input.ChosenHome(neighbor, Neighborhoods, ModelState, homeText);
        if (ModelState.IsValid && home is null && neighbor.Home is null)
        {
            ModelState.AddModelError("Input.NeighborhoodId", text["Choose your neighborhood or a point on the map, or choose “Not now”."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (home is { } chosen)
        {
            neighbor.MoveHome(chosen.Point, chosen.NeighborhoodId);
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Notice"] = text["Your home is saved. Only you can see where."].Value;
        return LocalRedirect(NextStep);
    }

    // "Search" beside the home, as on the profile: shows the places found, the first one chosen;
    // saves nothing. Counted with the other small changes: a search costs the outside service a request.
    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostFindPlaceAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, returnUrl, cancellationToken);
        return await FindPlaceAsync(cancellationToken);
    }

    private async Task<IActionResult> FindPlaceAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        PlaceSearchView = await placeSearch.SearchForViewAsync(ModelState, Input.PlaceQuery, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Neighbor neighbor, string? returnUrl, CancellationToken cancellationToken)
    {
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        Home = neighbor.Home;
        Target = Url.SafeLocal(returnUrl) ?? "/";
        PlaceSearchView = new(placeSearch.Enabled, Input.PlaceQuery, Input.SearchedPlace, [], Input.FoundPlace);
    }
}
