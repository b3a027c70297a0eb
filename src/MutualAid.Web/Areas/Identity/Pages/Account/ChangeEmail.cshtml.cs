using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// A signed-in neighbor asks to move their account to a new address, proving they know the
// password. The page only saves the request and gives one answer, whether or not the address
// already has an account; AccountEmailJob sends the link to the new address, or tells the
// account that has it. The email changes when the link is opened (ConfirmEmailChange).
[Authorize]
public class ChangeEmailModel(AppDbContext db, UserManager<Neighbor> users, PasswordLogIn passwords, TimeProvider clock,
    IStringLocalizer<ChangeEmailModel> text) : PageModel
{
    public const string Sent = "If this address can be used, we sent a link to it. Your email changes when you open that link, within a day.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? CurrentEmail { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the new email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [StringLength(254, ErrorMessage = "That email address is too long.")]
        [Display(Name = "New email")]
        public string? NewEmail { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(1024, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        CurrentEmail = neighbor.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        CurrentEmail = neighbor.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Refused from the typed text alone, as at sign-up, before anything is looked up.
        var address = AccountAddress.Canonical(Input.NewEmail!);
        if (!AccountAddress.IsAllowed(address, users.Options.User))
        {
            ModelState.AddModelError("Input.NewEmail", users.ErrorDescriber.InvalidUserName(address).Description);
            return Page();
        }

        if (!await passwords.IsOwnPasswordAsync(neighbor, Input.Password!))
        {
            ModelState.AddModelError("Input.Password", text["That is not your password."]);
            return Page();
        }

        db.AccountEmailRequests.Add(AccountEmailRequest.EmailChange(neighbor.Id, address, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text[Sent].Value;
        return RedirectToPage("/Profile/Index", new { area = "" });
    }
}
