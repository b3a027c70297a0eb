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
// comes back with what was typed. Each role's page gives its roster's two steps and its own words.
public abstract class RosterPageModel(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer text, string role, RosterSteps steps) : PageModel
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

        TempData["Notice"] = await steps.Name(Me, neighbor, reason!.Trim()) ?? text[steps.NamedKey, neighbor.DisplayName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        (RemoveNeighborId, RemoveReason) = (neighborId, reason);
        var member = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (member is null)
        {
            ModelState.AddModelError("remove-neighborId", text[steps.ChooseKey]);
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

        TempData["Notice"] = await steps.Remove(Me, member, reason!.Trim()) ?? text[steps.RemovedKey, member.DisplayName].Value;
        return RedirectToPage();
    }

    private string Me => users.GetUserId(User)!;
}

// A roster's steps (each returns why it refused, or null when done) and the resource keys of the
// page's notices: "{0} is now a …", "{0} is no longer a …", "Choose a … from the list.".
public sealed record RosterSteps(
    Func<string, Neighbor, string, Task<string?>> Name,
    Func<string, Neighbor, string, Task<string?>> Remove,
    string NamedKey,
    string RemovedKey,
    string ChooseKey);
