using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// A signed-in neighbor changes their password, proving they know the current one.
[Authorize]
public class ChangePasswordModel(UserManager<Neighbor> users, SignInManager<Neighbor> signIn, IStringLocalizer<ChangePasswordModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(1024, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(1024, MinimumLength = NeighborsSetup.MinimumPasswordLength, ErrorMessage = "Use at least {2} characters. A few words you will remember work well.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? NewPassword { get; set; }

        [Required(ErrorMessage = "Type the new password again.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password again")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
        public string? ConfirmPassword { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
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

        var result = await users.ChangePasswordAsync(neighbor, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Description);
            }

            return Page();
        }

        // The new security stamp would otherwise log this browser out along with the others.
        await signIn.RefreshSignInAsync(neighbor);
        TempData["Notice"] = text["Your password is changed."].Value;
        return RedirectToPage("/Profile/Index", new { area = "" });
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => "Input.CurrentPassword",
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Input.NewPassword",
        _ => "",
    };
}
