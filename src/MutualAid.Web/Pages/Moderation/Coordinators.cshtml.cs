using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

// Stewards name the neighbors who post for neighbors without an account, and remove them.
// Problems are filed under the ids of the fields they belong to ("email", "reason",
// "remove-neighborId", "remove-reason"), and the page comes back with what was typed.
public class CoordinatorsModel(AppDbContext db, UserManager<Neighbor> users, CoordinatorRoster roster, IStringLocalizer<CoordinatorsModel> text) : PageModel
{
    public IReadOnlyList<Neighbor> Coordinators { get; private set; } = [];
    public string? Email { get; private set; }
    public string? Reason { get; private set; }
    public string? RemoveNeighborId { get; private set; }
    public string? RemoveReason { get; private set; }

    public async Task OnGetAsync() => Coordinators = (await users.GetUsersInRoleAsync(CoordinatorOptions.Role)).OrderBy(s => s.DisplayName).ToList();

    public async Task<IActionResult> OnPostAsync(string? email, string? reason)
    {
        (Email, Reason) = (email, reason);
        var neighbor = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (neighbor is null)
        {
            ModelState.AddModelError("email", text["Enter the email of a neighbor with an account."]);
        }

        if (StewardReason.Problem(reason, text) is { } problem)
        {
            ModelState.AddModelError("reason", problem);
        }

        if (neighbor is null || !ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Notice"] = await roster.NameAsync(Me, neighbor, reason!.Trim()) ?? text["{0} is now a coordinator.", neighbor.DisplayName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        (RemoveNeighborId, RemoveReason) = (neighborId, reason);
        var coordinator = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (coordinator is null)
        {
            ModelState.AddModelError("remove-neighborId", text["Choose a coordinator from the list."]);
        }

        if (StewardReason.Problem(reason, text) is { } problem)
        {
            ModelState.AddModelError("remove-reason", problem);
        }

        if (coordinator is null || !ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Notice"] = await roster.RemoveAsync(Me, coordinator, reason!.Trim()) ?? text["{0} is no longer a coordinator.", coordinator.DisplayName].Value;
        return RedirectToPage();
    }

    private string Me => users.GetUserId(User)!;
}
