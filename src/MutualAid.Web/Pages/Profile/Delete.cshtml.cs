using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.OwnData;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

// Leaving the site: the neighbor proves it is them with their password, then AccountErasure empties
// the account and they are signed out.
public class DeleteModel(UserManager<Neighbor> users, SignInManager<Neighbor> signIn, AccountErasure erasure, IStringLocalizer<DeleteModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password to delete your account.")]
        [StringLength(1024, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string? Password { get; set; }
    }

    public void OnGet()
    {
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        if (!await users.CheckPasswordAsync(neighbor, Input.Password!))
        {
            ModelState.AddModelError("Input.Password", text["That is not your password. Your account is not deleted."]);
            return Page();
        }

        // As when stewards remove one another: someone must always be there to answer reports.
        if (await users.IsInRoleAsync(neighbor, StewardOptions.Role) && (await users.GetUsersInRoleAsync(StewardOptions.Role)).Count == 1)
        {
            ModelState.AddModelError("Input.Password", text["You are the last steward. Name another steward first, so that someone can always answer reports."]);
            return Page();
        }

        await erasure.EraseAsync(neighbor.Id, cancellationToken);
        await signIn.SignOutAsync();
        TempData["Notice"] = text["Your account is deleted. Thank you for being a neighbor here."].Value;
        return Redirect("/");
    }
}
