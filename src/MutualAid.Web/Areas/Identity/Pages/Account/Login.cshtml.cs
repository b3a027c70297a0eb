using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Identity's log-in with failed attempts counted towards lockout, and one message for every
// failure so the page never tells whether an account exists.
[AllowAnonymous]
public class LoginModel(PasswordLogIn logIn, FirstSteps firstSteps, TimeProvider clock, IStringLocalizer<LoginModel> text) : PageModel
{
    public const string FailureMessage = "That email and password do not match an account that can log in. Check both, or reset your password. If you just signed up, confirm your email first.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [StringLength(1024, ErrorMessage = "That password is too long.")]
        [Display(Name = "Password")]
        public string? Password { get; set; }

        [Display(Name = "Keep me logged in on this device")]
        public bool RememberMe { get; set; }
    }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = Url.SafeLocal(returnUrl);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = Url.SafeLocal(returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Every failure costs one password hash and gets this one message, whatever the account's state.
        if (await logIn.TryAsync(AccountAddress.Canonical(Input.Email!), Input.Password!, Input.RememberMe) is { } neighbor)
        {
            // A language chosen on another device follows the neighbor here, unless this
            // browser already has a choice of its own.
            if (!Request.HasChosenLanguage())
            {
                Response.RememberLanguage(neighbor.Language, clock.GetUtcNow());
            }

            return LocalRedirect(await firstSteps.AfterLogInAsync(neighbor, ReturnUrl ?? "/"));
        }

        ModelState.AddModelError("Input.Email", text[FailureMessage]);
        return Page();
    }
}
