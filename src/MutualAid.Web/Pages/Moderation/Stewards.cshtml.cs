using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

// Problems are filed under the ids of the fields they belong to ("email", "reason",
// "remove-neighborId", "remove-reason"), and the page comes back with what was typed.
public class StewardsModel(AppDbContext db, UserManager<Neighbor> users, StewardRoster roster, IStringLocalizer<StewardsModel> text) : PageModel
{
    public IReadOnlyList<Neighbor> Stewards { get; private set; } = [];
    public string? Email { get; private set; }
    public string? Reason { get; private set; }
    public string? RemoveNeighborId { get; private set; }
    public string? RemoveReason { get; private set; }

    public async Task OnGetAsync() => Stewards = (await users.GetUsersInRoleAsync(StewardOptions.Role)).OrderBy(s => s.DisplayName).ToList();

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

        TempData["Notice"] = await roster.NameAsync(Me, neighbor, reason!.Trim()) ?? text["{0} is now a steward.", neighbor.DisplayName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        (RemoveNeighborId, RemoveReason) = (neighborId, reason);
        var steward = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (steward is null)
        {
            ModelState.AddModelError("remove-neighborId", text["Choose a steward from the list."]);
        }

        if (StewardReason.Problem(reason, text) is { } problem)
        {
            ModelState.AddModelError("remove-reason", problem);
        }

        if (steward is null || !ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Notice"] = await roster.RemoveAsync(Me, steward, reason!.Trim()) ?? text["{0} is no longer a steward.", steward.DisplayName].Value;
        return RedirectToPage();
    }

    private string Me => users.GetUserId(User)!;
}
