using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class StewardsModel(UserManager<Neighbor> users, Stewardship stewardship) : PageModel
{
    public IReadOnlyList<Neighbor> Stewards { get; private set; } = [];

    public async Task OnGetAsync() => Stewards = (await users.GetUsersInRoleAsync(StewardOptions.Role)).OrderBy(s => s.DisplayName).ToList();

    public async Task<IActionResult> OnPostAsync(string? email, string? reason)
    {
        var neighbor = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (neighbor is null || string.IsNullOrWhiteSpace(reason))
        {
            TempData["Notice"] = "Enter the email of a neighbor with an account, and a reason.";
            return RedirectToPage();
        }

        await stewardship.NameStewardAsync(users.GetUserId(User)!, neighbor, reason.Trim());
        TempData["Notice"] = $"{neighbor.DisplayName} is now a steward.";
        return RedirectToPage();
    }
}
