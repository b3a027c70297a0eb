using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

// What a steward's page for one role (stewards, coordinators) does: list who holds it, name one
// by email, remove one, each with a reason for the log. Problems are filed under the ids of the
// fields they belong to ("email", "reason", "remove-neighborId", "remove-reason"), and the page
// comes back with what was typed. Each role's page gives its roster and its own words.
public abstract class RosterPageModel(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer text, string role) : PageModel
{
    public IReadOnlyList<Neighbor> Members { get; private set; } = [];
    public string? Email { get; private set; }
    public string? Reason { get; private set; }
    public string? RemoveNeighborId { get; private set; }
    public string? RemoveReason { get; private set; }

    public async Task OnGetAsync() => Members = (await users.GetUsersInRoleAsync(role)).OrderBy(s => s.DisplayName).ToList();

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

        TempData["Notice"] = await NameAsync(Me, neighbor, reason!.Trim()) ?? Named(neighbor);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        (RemoveNeighborId, RemoveReason) = (neighborId, reason);
        var member = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (member is null)
        {
            ModelState.AddModelError("remove-neighborId", ChooseFromList);
        }

        if (StewardReason.Problem(reason, text) is { } problem)
        {
            ModelState.AddModelError("remove-reason", problem);
        }

        if (member is null || !ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Notice"] = await RemoveAsync(Me, member, reason!.Trim()) ?? Removed(member);
        return RedirectToPage();
    }

    // Why the roster refused, or null when done.
    protected abstract Task<string?> NameAsync(string stewardId, Neighbor neighbor, string reason);

    protected abstract Task<string?> RemoveAsync(string stewardId, Neighbor member, string reason);

    protected abstract string Named(Neighbor neighbor);

    protected abstract string Removed(Neighbor member);

    protected abstract string ChooseFromList { get; }

    private string Me => users.GetUserId(User)!;
}
