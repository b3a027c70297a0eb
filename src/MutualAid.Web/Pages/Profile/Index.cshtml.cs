using System.ComponentModel.DataAnnotations;
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
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

public class IndexModel(AppDbContext db, UserManager<Neighbor> users, IOptions<MapOptions> map, IStringLocalizer<IndexModel> text,
    IStringLocalizer<HomeInput> homeText, PlaceSearch placeSearch, PostLanguages postLanguages) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public MapOptions Map { get; } = map.Value;
    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public GeoPoint? Home { get; private set; }
    public string? Email { get; private set; }
    public PlaceSearchView PlaceSearchView { get; private set; } = new(false, null, null, [], null);

    public HomeEditor HomeEditor => new(Input, Home, Neighborhoods, Map, PlaceSearchView);

    public sealed class ProfileInput : HomeInput
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

        public List<string> SpokenLanguages { get; set; } = [];
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
            SpokenLanguages = neighbor.SpokenLanguages,
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

        var home = Input.ChosenHome(neighbor, Neighborhoods, ModelState, homeText);
        if (!Input.SpokenLanguages.All(Localization.SpokenLanguages.IsKnown))
        {
            ModelState.AddModelError("Input.SpokenLanguages", text["Choose languages from the list."]);
            Input.SpokenLanguages = Localization.SpokenLanguages.Clean(Input.SpokenLanguages);
        }

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

        // The languages shown on their posts change with the profile, or not at all.
        neighbor.SaySpeaks(Input.SpokenLanguages);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await postLanguages.SyncAsync(neighbor.Id, neighbor.SpokenLanguages, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
        PlaceSearchView = await placeSearch.SearchForViewAsync(ModelState, Input.PlaceQuery, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        Home = neighbor.Home;
        Email = neighbor.Email;
        PlaceSearchView = new(placeSearch.Enabled, Input.PlaceQuery, Input.SearchedPlace, [], Input.FoundPlace);
    }
}
