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

// "What could you help with?": categories, how far, and how to hear of new needs, asked once
// without posting anything. It can be skipped, and it sends the neighbor on to where they were
// going (a path on this site only).
public class HelpingModel(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<HelpingModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public bool HasHome { get; private set; }
    public string Next => Url.SafeLocal(ReturnUrl) ?? "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } neighbor)
        {
            return Challenge();
        }

        Input = new InputModel { CategoryIds = neighbor.HelpCategoryIds, DistanceKm = neighbor.HelpDistanceKm, Mode = neighbor.Notifications };
        await LoadAsync(neighbor, cancellationToken);
        return Page();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } neighbor)
        {
            return Challenge();
        }

        await LoadAsync(neighbor, cancellationToken);
        if (Input.DistanceKm is not { } distance || !HelpDistances.IsChoice(distance))
        {
            ModelState.AddModelError("Input.DistanceKm", text["Choose how far you could go."]);
        }

        if (Input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            ModelState.AddModelError("Input.Mode", text["Choose how you want to hear about needs."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var known = Categories.Select(c => c.Id).ToHashSet();
        neighbor.SayCanHelp(Input.CategoryIds.Where(known.Contains), Input.DistanceKm!.Value, Input.Mode!.Value);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = neighbor.OffersHelp
            ? text["Saved. We will tell you about new needs you could help with."].Value
            : text["Saved. You will not hear about needs until you pick a category."].Value;
        return LocalRedirect(Next);
    }

    private async Task LoadAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        HasHome = neighbor.Home is not null;
        Categories = await db.Categories.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
    }

    public sealed class InputModel
    {
        [Display(Name = "category")]
        public List<int> CategoryIds { get; set; } = [];

        [Display(Name = "how far")]
        public double? DistanceKm { get; set; }

        [Display(Name = "how you hear")]
        public NotificationMode? Mode { get; set; }
    }
}
