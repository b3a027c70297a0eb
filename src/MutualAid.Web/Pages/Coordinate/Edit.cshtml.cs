using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Coordinate;

// Adds a neighbor without an account, or edits one the coordinator looks after. The place is a
// neighborhood from the stewards' list or a spot marked on the map, kept only as its public
// ~500 m cell: never an address. Their languages decide their posts' matches, so when they
// change, the posts' language rows are written again in the same transaction.
public class EditModel(AppDbContext db, UserManager<Neighbor> users, Caseload caseload, PostLanguages postLanguages, TimeProvider clock,
    IOptions<MapOptions> map, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty]
    public OfflineInput Input { get; set; } = new();

    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public bool IsNew { get; private set; } = true;
    public MapOptions Map { get; } = map.Value;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (id is null)
        {
            return Page();
        }

        if (await caseload.MineAsync(id, Me, cancellationToken) is not { } neighbor)
        {
            return NotFound();
        }

        IsNew = false;
        Input = new OfflineInput
        {
            Name = neighbor.Name,
            ReachBy = neighbor.ReachBy,
            SharedAtIntroduction = neighbor.SharedAtIntroduction,
            Place = neighbor.Cell is null ? OfflinePlace.Neighborhood : OfflinePlace.Map,
            NeighborhoodId = neighbor.NeighborhoodId,
            Latitude = neighbor.Cell?.Center.Latitude,
            Longitude = neighbor.Cell?.Center.Longitude,
            SpokenLanguages = neighbor.SpokenLanguages,
        };
        return Page();
    }

    [RateLimited(LimitedAction.Editing)]
    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var neighbor = id is null ? null : await caseload.MineAsync(id, Me, cancellationToken);
        if (id is not null && neighbor is null)
        {
            return NotFound();
        }

        IsNew = neighbor is null;
        var (hood, cell) = ChosenPlace();
        if (!Input.SpokenLanguages.All(Localization.SpokenLanguages.IsKnown))
        {
            ModelState.AddModelError("Input.SpokenLanguages", text["Choose languages from the list."]);
            Input.SpokenLanguages = Localization.SpokenLanguages.Clean(Input.SpokenLanguages);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var details = new OfflineDetails(Input.Name!, Input.ReachBy ?? "", Input.SharedAtIntroduction ?? "", hood, cell) { Speaks = Input.SpokenLanguages };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (neighbor is null)
        {
            db.OfflineNeighbors.Add(OfflineNeighbor.Create(Me, details, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            neighbor.Edit(details);
        }

        await db.SaveChangesAsync(cancellationToken);
        await postLanguages.SyncAsync(Me, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = text["Saved. Only coordinators and stewards see these details."].Value;
        return RedirectToPage("/Coordinate/Index");
    }

    // One of the two, never both: a neighborhood from the list, or the cell around the marked spot.
    private (int? Neighborhood, GridCell? Cell) ChosenPlace()
    {
        if (Input.Place == OfflinePlace.Map)
        {
            if (Input.Latitude is { } lat && Input.Longitude is { } lon && GeoPoint.IsValid(lat, lon))
            {
                return (null, GridCell.Containing(new GeoPoint(lat, lon)));
            }

            ModelState.AddModelError("Input.Place", text["Click the map where they live, or choose a neighborhood."]);
            return (null, null);
        }

        if (Input.NeighborhoodId is not { } hood)
        {
            ModelState.AddModelError("Input.NeighborhoodId", text["Choose their neighborhood."]);
        }
        else if (Neighborhoods.All(n => n.Id != hood))
        {
            ModelState.AddModelError("Input.NeighborhoodId", text["Choose a neighborhood from the list."]);
        }

        return (Input.NeighborhoodId, null);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);

    private string Me => users.GetUserId(User)!;

    public enum OfflinePlace
    {
        Neighborhood,
        Map,
    }

    public sealed class OfflineInput
    {
        [Required(ErrorMessage = "Write the name they go by.")]
        [StringLength(OfflineNeighbor.NameMaxLength, ErrorMessage = "Keep the name to {1} characters or fewer.")]
        public string? Name { get; set; }

        [StringLength(OfflineNeighbor.ReachByMaxLength, ErrorMessage = "Keep this to {1} characters or fewer.")]
        public string? ReachBy { get; set; }

        [StringLength(OfflineNeighbor.SharedMaxLength, ErrorMessage = "Keep this to {1} characters or fewer.")]
        public string? SharedAtIntroduction { get; set; }

        public OfflinePlace Place { get; set; }

        public int? NeighborhoodId { get; set; }

        // The spot marked on the map; only its cell is kept.
        [Range(-90.0, 90.0, ErrorMessage = "Latitude must be between -90 and 90.")]
        public double? Latitude { get; set; }

        [Range(-180.0, 180.0, ErrorMessage = "Longitude must be between -180 and 180.")]
        public double? Longitude { get; set; }

        public List<string> SpokenLanguages { get; set; } = [];
    }
}
