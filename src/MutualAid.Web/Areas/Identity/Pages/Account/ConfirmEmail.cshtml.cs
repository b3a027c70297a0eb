using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The link from the confirmation email. Opening it proves the address; the password chosen at
// sign-up proves the person is the one who signed up. Both are needed, since anyone can sign up
// with any address: the owner who opens the link of a stranger's sign-up must not confirm the
// stranger's password, and takes the address through forgot-password or a fresh sign-up instead.
// A code cut short by a mail app fails to decode, which the broken-link filter answers with the
// friendly 400 page. A link to an account that a later sign-up replaced simply did not work.
// Confirming is what makes a listed address a steward's.
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<Neighbor> users, PasswordLogIn passwords, Stewardship stewardship,
    IStringLocalizer<ConfirmEmailModel> text) : PageModel
{
    public const string WrongPassword = "That is not the password this account was opened with. If you did not sign up yourself, someone else used your address: choose a password of your own through “Forgot your password?”.";

    public enum Outcome
    {
        AskingForPassword,
        Confirmed,
        LinkDidNotWork,
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Outcome Stage { get; private set; }

    public string? ReturnUrl { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [StringLength(1024, ErrorMessage = "That password is too long.")]
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        if (userId is null || code is null)
        {
            return NotFound();
        }

        ReturnUrl = Url.SafeLocal(returnUrl);
        Stage = await UnconfirmedAsync(userId, Token(code)) is null ? Outcome.LinkDidNotWork : Outcome.AskingForPassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userId, string? code, string? returnUrl)
    {
        if (userId is null || code is null)
        {
            return NotFound();
        }

        ReturnUrl = Url.SafeLocal(returnUrl);
        var token = Token(code);
        var neighbor = await UnconfirmedAsync(userId, token);
        Stage = neighbor is null ? Outcome.LinkDidNotWork : Outcome.AskingForPassword;
        if (neighbor is null || !ModelState.IsValid)
        {
            return Page();
        }

        if (!await passwords.IsOwnPasswordAsync(neighbor, Input.Password!))
        {
            ModelState.AddModelError("Input.Password", text[WrongPassword]);
            return Page();
        }

        Stage = Outcome.LinkDidNotWork;
        if ((await users.ConfirmEmailAsync(neighbor, token)).Succeeded)
        {
            Stage = Outcome.Confirmed;
            await stewardship.GrantIfDueAsync(neighbor);
        }

        return Page();
    }

    private static string Token(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    // The account the link was sent for, while it still waits for confirmation and the link is good.
    private async Task<Neighbor?> UnconfirmedAsync(string userId, string token) =>
        await users.FindByIdAsync(userId) is { EmailConfirmed: false } neighbor
        && await users.VerifyUserTokenAsync(neighbor, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<Neighbor>.ConfirmEmailTokenPurpose, token)
            ? neighbor
            : null;
}
