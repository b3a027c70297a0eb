using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Identity's sign-up, keeping its field names so password managers and scripts still work,
// with a display name added and the confirmation email written in plain words.
[AllowAnonymous]
public partial class RegisterModel(UserManager<Neighbor> users, SignUps signUps, TimeProvider clock, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tell neighbors what to call you.")]
        [StringLength(Neighbor.DisplayNameMaxLength, ErrorMessage = "Keep your name to {1} characters or fewer.")]
        [Display(Name = "Your name as neighbors see it")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [StringLength(254, ErrorMessage = "That email address is too long.")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(1024, MinimumLength = NeighborsSetup.MinimumPasswordLength, ErrorMessage = "Use at least {2} characters. A few words you will remember work well.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Type the password again.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password again")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string? ConfirmPassword { get; set; }
    }

    public void OnGet(string? returnUrl = null) => ReturnUrl = Url.SafeLocal(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        // It travels on in the confirmation link and the next address, so only a safe one is kept.
        ReturnUrl = Url.SafeLocal(returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Refused from the typed text alone, before any look-up, so a look-alike of an existing
        // address gets the same answer as one of a missing address.
        var email = AccountAddress.Canonical(Input.Email!);
        if (!AccountAddress.IsAllowed(email, users.Options.User))
        {
            ModelState.AddModelError("Input.Email", users.ErrorDescriber.InvalidUserName(email).Description);
            return Page();
        }

        var neighbor = new Neighbor
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            // Their emails are written in the language they signed up in, until they choose another.
            Language = Languages.Current,
        };
        // An address that already has an account gets the same answer: its owner learns by email
        // that someone tried, and the page never tells who has an account.
        var result = await signUps.SaveAsync(neighbor, Input.Password!, ReturnUrl, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        LogSignUpSaved(logger);
        return RedirectToPage("RegisterConfirmation", new { email, returnUrl = ReturnUrl });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-up was saved")]
    private static partial void LogSignUpSaved(ILogger logger);
}
