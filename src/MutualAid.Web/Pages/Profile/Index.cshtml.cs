using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

public class IndexModel(AppDbContext db, UserManager<Neighbor> users, IOptions<MapOptions> map, IStringLocalizer<IndexModel> text, PlaceSearch placeSearch)
    : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public MapOptions Map { get; } = map.Value;
    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public GeoPoint? Home { get; private set; }
    public string? Email { get; private set; }
    public PlaceSearchView PlaceSearchView { get; private set; } = new(false, null, null, [], null);

    public sealed class ProfileInput
    {
        [Display(Name = "Name")]
        [Required(ErrorMessage = "Tell neighbors what to call you.")]
        [StringLength(Neighbor.DisplayNameMaxLength, ErrorMessage = "Keep your name to {1} characters or fewer.")]
        public string? DisplayName { get; set; }

        [Display(Name = "Distance")]
        [Required(ErrorMessage = "Say how far you are willing to go.")]
        [Range(0.1, Post.MaxRadiusKm, ErrorMessage = "Choose a distance between {1} and {2} km.")]
        public double? RadiusKm { get; set; }

        [Display(Name = "Phone")]
        [Phone(ErrorMessage = "That does not look like a phone number.")]
        [StringLength(32, ErrorMessage = "Keep the phone number to {1} characters or fewer.")]
        public string? Phone { get; set; }

        [Display(Name = "Neighborhood")]
        public int? NeighborhoodId { get; set; }

        [Display(Name = "Latitude")]
        [Range(-90.0, 90.0, ErrorMessage = "Latitude must be between -90 and 90.")]
        public double? Latitude { get; set; }

        [Display(Name = "Longitude")]
        [Range(-180.0, 180.0, ErrorMessage = "Longitude must be between -180 and 180.")]
        public double? Longitude { get; set; }

        // A place search (see _PlaceSearch): what was typed and the chosen result's point; never saved.
        [StringLength(PlaceFinder.QueryMaxLength)]
        public string? PlaceQuery { get; set; }

        public string? SearchedPlace { get; set; }
        public string? FoundPlace { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, cancellationToken);
        Input = new ProfileInput
        {
            DisplayName = neighbor.DisplayName,
            RadiusKm = neighbor.RadiusKm,
            Phone = neighbor.PhoneNumber,
            NeighborhoodId = neighbor.NeighborhoodId,
        };
        return Page();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, cancellationToken);
        if (PlaceSearchView.WaitsForSearch)
        {
            return await OnPostFindPlaceAsync(cancellationToken);
        }

        var home = ChosenHome(neighbor);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        neighbor.DisplayName = Input.DisplayName!.Trim();
        neighbor.RadiusKm = Input.RadiusKm!.Value;
        neighbor.PhoneNumber = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim();
        if (home is { } chosen)
        {
            neighbor.MoveHome(chosen.Point, chosen.NeighborhoodId);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Your profile is saved."].Value;
        return RedirectToPage();
    }

    // "Search" beside the home: shows the places found, the first one chosen; saves nothing.
    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostFindPlaceAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, cancellationToken);
        ModelState.Clear();
        var found = placeSearch.Enabled ? await placeSearch.SearchAsync(ModelState, Input.PlaceQuery, cancellationToken) : [];
        PlaceSearchView = new(placeSearch.Enabled, Input.PlaceQuery, Input.PlaceQuery, found, found.Count > 0 ? found[0].Choice : null);
        return Page();
    }

    // A place found by the search wins, then a point typed or clicked; otherwise a newly chosen neighborhood moves home to its
    // center. Re-saving with the same neighborhood keeps an exact point the neighbor set before.
    private (GeoPoint Point, int? NeighborhoodId)? ChosenHome(Neighbor neighbor)
    {
        if (FoundPlace.ParseChoice(Input.FoundPlace) is { } found)
        {
            return (found, null);
        }

        if (Input.Latitude is { } lat && Input.Longitude is { } lon)
        {
            return GeoPoint.IsValid(lat, lon) ? (new GeoPoint(lat, lon), null) : null;
        }

        if (Input.Latitude is not null || Input.Longitude is not null)
        {
            ModelState.AddModelError("Input.Latitude", text["Enter both a latitude and a longitude, or neither."]);
            return null;
        }

        if (Input.NeighborhoodId is not { } id || (id == neighbor.NeighborhoodId && neighbor.Home is not null))
        {
            return null;
        }

        var neighborhood = Neighborhoods.FirstOrDefault(n => n.Id == id);
        if (neighborhood is null)
        {
            ModelState.AddModelError("Input.NeighborhoodId", text["Choose a neighborhood from the list."]);
            return null;
        }

        return (neighborhood.Center, neighborhood.Id);
    }

    private async Task LoadAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        Home = neighbor.Home;
        Email = neighbor.Email;
        PlaceSearchView = new(placeSearch.Enabled, Input.PlaceQuery, Input.SearchedPlace, [], Input.FoundPlace);
    }
}
