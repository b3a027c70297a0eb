using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class StewardsModel(UserManager<Neighbor> users, Stewardship stewardship, IStringLocalizer<StewardsModel> text) : PageModel
{
    public IReadOnlyList<Neighbor> Stewards { get; private set; } = [];

    public async Task OnGetAsync() => Stewards = (await users.GetUsersInRoleAsync(StewardOptions.Role)).OrderBy(s => s.DisplayName).ToList();

    public async Task<IActionResult> OnPostAsync(string? email, string? reason)
    {
        var neighbor = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (neighbor is null || string.IsNullOrWhiteSpace(reason))
        {
            TempData["Notice"] = text["Enter the email of a neighbor with an account, and a reason."].Value;
            return RedirectToPage();
        }

        await stewardship.NameStewardAsync(users.GetUserId(User)!, neighbor, reason.Trim());
        TempData["Notice"] = text["{0} is now a steward.", neighbor.DisplayName].Value;
        return RedirectToPage();
    }
}
