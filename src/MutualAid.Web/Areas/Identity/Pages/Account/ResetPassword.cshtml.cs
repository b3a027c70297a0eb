using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The link from the password email. An address without an account gets the same answer as a
// wrong link, so the form cannot be used to find out who has one.
[AllowAnonymous]
public class ResetPasswordModel(UserManager<Neighbor> users, FailedLogIns failures, Stewardship stewardship) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [StringLength(254, ErrorMessage = "That email address is too long.")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(1024, MinimumLength = NeighborsSetup.MinimumPasswordLength, ErrorMessage = "Use at least {2} characters. A few words you will remember work well.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Type the password again.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password again")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string? ConfirmPassword { get; set; }

        [Required(ErrorMessage = "This link has expired or was already used. Ask for a new one.")]
        public string? Code { get; set; }
    }

    // The link itself failed (wrong, expired or already used), rather than the password typed.
    public bool LinkFailed => HasError("") || HasError("Input.Code");

    public IActionResult OnGet(string? code)
    {
        if (code is null)
        {
            return NotFound();
        }

        // A code cut short by a mail app fails here, and the broken-link filter explains it.
        Input.Code = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var neighbor = await users.FindByEmailAsync(AccountAddress.Canonical(Input.Email!));
        var result = neighbor is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(neighbor, Input.Code!, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            }

            return Page();
        }

        // Proving the address is theirs ends a lockout from earlier wrong guesses, which would
        // otherwise refuse the new password too.
        await users.SetLockoutEndDateAsync(neighbor!, null);
        await failures.ForgetAsync(neighbor!.Email!);
        if (!neighbor!.EmailConfirmed)
        {
            // The link came to the address, so this proves it too: an account nobody had confirmed,
            // perhaps opened with this address by someone else, is its owner's now, with the
            // password they just chose (the change of password voided every earlier link).
            neighbor.EmailConfirmed = true;
            await users.UpdateAsync(neighbor);
            await stewardship.GrantIfDueAsync(neighbor);
        }

        return RedirectToPage("ResetPasswordConfirmation");
    }

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
