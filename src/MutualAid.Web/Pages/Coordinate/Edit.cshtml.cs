using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Coordinate;

// Adds a neighbor without an account, or edits one the coordinator looks after. The place is a
// neighborhood from the stewards' list: never an address.
public class EditModel(AppDbContext db, UserManager<Neighbor> users, Caseload caseload, TimeProvider clock, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty]
    public OfflineInput Input { get; set; } = new();

    public IReadOnlyList<Neighborhood> Neighborhoods { get; private set; } = [];
    public bool IsNew { get; private set; } = true;

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
        Input = new OfflineInput { Name = neighbor.Name, ReachBy = neighbor.ReachBy, SharedAtIntroduction = neighbor.SharedAtIntroduction, NeighborhoodId = neighbor.NeighborhoodId };
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
        if (Input.NeighborhoodId is { } hood && Neighborhoods.All(n => n.Id != hood))
        {
            ModelState.AddModelError("Input.NeighborhoodId", text["Choose a neighborhood from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var details = new OfflineDetails(Input.Name!, Input.ReachBy ?? "", Input.SharedAtIntroduction ?? "", Input.NeighborhoodId, null);
        if (neighbor is null)
        {
            db.OfflineNeighbors.Add(OfflineNeighbor.Create(Me, details, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            neighbor.Edit(details);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Saved. Only coordinators and stewards see these details."].Value;
        return RedirectToPage("/Coordinate/Index");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);

    private string Me => users.GetUserId(User)!;

    public sealed class OfflineInput
    {
        [Required(ErrorMessage = "Write the name they go by.")]
        [StringLength(OfflineNeighbor.NameMaxLength, ErrorMessage = "Keep the name to {1} characters or fewer.")]
        public string? Name { get; set; }

        [StringLength(OfflineNeighbor.ReachByMaxLength, ErrorMessage = "Keep this to {1} characters or fewer.")]
        public string? ReachBy { get; set; }

        [StringLength(OfflineNeighbor.SharedMaxLength, ErrorMessage = "Keep this to {1} characters or fewer.")]
        public string? SharedAtIntroduction { get; set; }

        [Required(ErrorMessage = "Choose their neighborhood.")]
        public int? NeighborhoodId { get; set; }
    }
}
