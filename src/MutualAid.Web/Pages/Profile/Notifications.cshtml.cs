using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

public class NotificationsModel(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<NotificationsModel> text) : PageModel
{
    [BindProperty]
    [Display(Name = "choice")]
    public NotificationMode Mode { get; set; }

    public IReadOnlyList<MutualAid.Web.Posts.Category> HelpCategories { get; private set; } = [];
    public double HelpDistanceKm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        Mode = neighbor.Notifications;
        await LoadHelpAsync(neighbor, cancellationToken);
        return Page();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await LoadHelpAsync(neighbor, cancellationToken);
        if (!Enum.IsDefined(Mode))
        {
            ModelState.AddModelError(nameof(Mode), text["Choose how often we write."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        neighbor.Notifications = Mode;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Your email settings are saved."].Value;
        return RedirectToPage();
    }

    // What they said they could help with is asked on its own page; shown here so the one
    // choice of how often we write reads with what it applies to.
    private async Task LoadHelpAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        var ids = neighbor.HelpCategoryIds;
        HelpCategories = await db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        HelpDistanceKm = neighbor.HelpDistanceKm;
    }
}
