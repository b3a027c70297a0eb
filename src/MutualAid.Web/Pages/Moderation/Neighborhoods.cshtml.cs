using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class NeighborhoodsModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, IStringLocalizer<NeighborhoodsModel> text,
    IOptions<MapOptions> map) : PageModel
{
    public MapOptions Map { get; } = map.Value;

    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Neighborhood")]
        public int? Id { get; set; }

        [Display(Name = "Name")]
        [Required(ErrorMessage = "Give the neighborhood a name.")]
        [StringLength(80, ErrorMessage = "Keep the name to {1} characters or fewer.")]
        public string? Name { get; set; }

        public Dictionary<string, string?> NameIn { get; set; } = [];

        [Display(Name = "Latitude")]
        [Required(ErrorMessage = "Enter the latitude of its center.")]
        [Range(-90.0, 90.0, ErrorMessage = "Latitude must be between -90 and 90.")]
        public double? Latitude { get; set; }

        [Display(Name = "Longitude")]
        [Required(ErrorMessage = "Enter the longitude of its center.")]
        [Range(-180.0, 180.0, ErrorMessage = "Longitude must be between -180 and 180.")]
        public double? Longitude { get; set; }

        [Display(Name = "Radius")]
        [Required(ErrorMessage = "Enter its radius.")]
        [Range(0.1, 50, ErrorMessage = "Choose a radius between {1} and {2} km.")]
        public double? RadiusKm { get; set; }
    }

    public async Task OnGetAsync(int? edit)
    {
        await LoadAsync();
        if (Neighborhoods.FirstOrDefault(n => n.Id == edit) is { } chosen)
        {
            Input = new InputModel { Id = chosen.Id, Name = chosen.Name, NameIn = NamesForm.Typed(chosen.Names), Latitude = chosen.CenterLatitude, Longitude = chosen.CenterLongitude, RadiusKm = chosen.RadiusKm };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        NamesForm.Check(ModelState, Input.Name, Input.NameIn, Neighborhoods.Select(n => (n.Id, (Func<string, string>)n.NameIn)), Input.Id,
            (name, language) => text["There is already a neighborhood called “{0}” in {1}.", name, language],
            text["Keep the name to {0} characters or fewer.", NameInLanguage.MaxLength]);
        var neighborhood = Input.Id is { } id ? await db.Neighborhoods.FirstOrDefaultAsync(n => n.Id == id) : new Neighborhood { Name = "" };
        if (neighborhood is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var steward = users.GetUserId(User)!;
        var before = neighborhood.Name;
        neighborhood.Name = Input.Name!.Trim();
        var changes = NamesForm.SetOtherNames(neighborhood.Names, Input.NameIn);
        (neighborhood.CenterLatitude, neighborhood.CenterLongitude, neighborhood.RadiusKm) = (Input.Latitude!.Value, Input.Longitude!.Value, Input.RadiusKm!.Value);
        if (Input.Id is null)
        {
            db.Neighborhoods.Add(neighborhood);
        }

        await db.SaveChangesAsync();
        var added = Input.Id is null;
        await stewardship.LogAsync([
            StewardAction.SavedNeighborhood(steward, neighborhood, added, added || before == neighborhood.Name ? null : before),
            .. changes.Select(c => added
                ? StewardAction.AddedNeighborhoodName(steward, neighborhood, c.Language, c.After)
                : StewardAction.RenamedNeighborhood(steward, neighborhood, c.Language, c.Before, c.After))]);
        TempData["Notice"] = text["Neighborhood saved."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync() => Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync();
}
