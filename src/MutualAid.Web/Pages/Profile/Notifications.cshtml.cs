using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

public class NotificationsModel(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<NotificationsModel> text) : PageModel
{
    [BindProperty]
    [Display(Name = "choice")]
    public NotificationMode Mode { get; set; }

    [BindProperty]
    [Display(Name = "category")]
    public List<int> CategoryIds { get; set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        Mode = neighbor.Notifications;
        CategoryIds = neighbor.DigestCategoryIds;
        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
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

        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        if (!Enum.IsDefined(Mode))
        {
            ModelState.AddModelError(nameof(Mode), text["Choose how often we write."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        neighbor.Notifications = Mode;
        neighbor.DigestCategoryIds = CategoryIds.Intersect(Categories.Select(c => c.Id)).Distinct().ToList();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Your email settings are saved."].Value;
        return RedirectToPage();
    }
}
