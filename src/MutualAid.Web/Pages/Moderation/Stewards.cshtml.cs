using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class StewardsModel(AppDbContext db, UserManager<Neighbor> users, StewardRoster roster, IStringLocalizer<StewardsModel> text) : PageModel
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

        TempData["Notice"] = await roster.NameAsync(Me, neighbor, reason.Trim()) ?? text["{0} is now a steward.", neighbor.DisplayName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        var steward = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (steward is null || string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength)
        {
            TempData["Notice"] = text["Choose a steward, and give a reason of 1 to {0} characters.", Report.ReasonMaxLength].Value;
            return RedirectToPage();
        }

        TempData["Notice"] = await roster.RemoveAsync(Me, steward, reason.Trim()) ?? text["{0} is no longer a steward.", steward.DisplayName].Value;
        return RedirectToPage();
    }

    private string Me => users.GetUserId(User)!;
}
