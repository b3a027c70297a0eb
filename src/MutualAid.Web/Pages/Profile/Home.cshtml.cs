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
    IStringLocalizer<HomeModel> text) : PageModel
{
    [BindProperty]
    public HomeInput Input { get; set; } = new();

    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public GeoPoint? Home { get; private set; }
    public string Target { get; private set; } = "/";

    // The place search lives on the profile; this step keeps to the list and the map.
    public HomeEditor HomeEditor => new(Input, Home, Neighborhoods, map.Value, new PlaceSearchView(false, null, null, [], null));

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

    private async Task LoadAsync(Neighbor neighbor, string? returnUrl, CancellationToken cancellationToken)
    {
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        Home = neighbor.Home;
        Target = Url.SafeLocal(returnUrl) ?? "/";
    }
}
