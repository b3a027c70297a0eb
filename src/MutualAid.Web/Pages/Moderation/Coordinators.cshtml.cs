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
public class CoordinatorsModel(AppDbContext db, UserManager<Neighbor> users, CoordinatorRoster roster, IStringLocalizer<CoordinatorsModel> text) : PageModel
{
    public IReadOnlyList<Neighbor> Coordinators { get; private set; } = [];

    public async Task OnGetAsync() => Coordinators = (await users.GetUsersInRoleAsync(CoordinatorOptions.Role)).OrderBy(s => s.DisplayName).ToList();

    public async Task<IActionResult> OnPostAsync(string? email, string? reason)
    {
        var neighbor = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (neighbor is null || string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength)
        {
            TempData["Notice"] = text["Enter the email of a neighbor with an account, and a reason of 1 to {0} characters.", Report.ReasonMaxLength].Value;
            return RedirectToPage();
        }

        TempData["Notice"] = await roster.NameAsync(Me, neighbor, reason.Trim()) ?? text["{0} is now a coordinator.", neighbor.DisplayName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? neighborId, string? reason)
    {
        var coordinator = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (coordinator is null || string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength)
        {
            TempData["Notice"] = text["Choose a coordinator, and give a reason of 1 to {0} characters.", Report.ReasonMaxLength].Value;
            return RedirectToPage();
        }

        TempData["Notice"] = await roster.RemoveAsync(Me, coordinator, reason.Trim()) ?? text["{0} is no longer a coordinator.", coordinator.DisplayName].Value;
        return RedirectToPage();
    }

    private string Me => users.GetUserId(User)!;
}
