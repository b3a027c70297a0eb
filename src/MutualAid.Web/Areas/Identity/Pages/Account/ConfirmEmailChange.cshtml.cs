using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The link from the "confirm your new email" message. Opening it shows a button and changes
// nothing, since mail apps open links to look at them; the button makes the change, for the
// account that asked only: whoever else is logged in, the link does not work for them. The change
// renews the security stamp, so the link works once and every other session ends; this one is
// signed in again. An unconfirmed account holding the address proved nothing and gives way, as at
// sign-up. The old address is told.
[Authorize]
public class ConfirmEmailChangeModel(AppDbContext db, UserManager<Neighbor> users, SignInManager<Neighbor> signIn, AccountEmails emails,
    Stewardship stewardship, IStringLocalizer<ConfirmEmailChangeModel> text) : PageModel
{
    public bool LinkWorks { get; private set; }

    public string NewEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        if (userId is null || email is null || code is null)
        {
            return NotFound();
        }

        NewEmail = email;
        LinkWorks = await AskingNeighborAsync(userId, email, Token(code)) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userId, string? email, string? code, CancellationToken cancellationToken)
    {
        if (userId is null || email is null || code is null)
        {
            return NotFound();
        }

        NewEmail = email;
        var token = Token(code);
        if (await AskingNeighborAsync(userId, email, token) is not { } neighbor)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is { EmailConfirmed: false } squatter && squatter.Id != neighbor.Id
            && !(await users.DeleteAsync(squatter)).Succeeded)
        {
            return Page();
        }

        var oldEmail = neighbor.Email!;
        neighbor.UserName = email;
        if (!(await users.ChangeEmailAsync(neighbor, email, token)).Succeeded)
        {
            // The address was taken by a confirmed account since the link was sent.
            return Page();
        }

        emails.QueueEmailChanged(oldEmail, neighbor.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await stewardship.GrantIfDueAsync(neighbor);
        await signIn.RefreshSignInAsync(neighbor);
        TempData["Notice"] = text["Your email is now {0}.", email].Value;
        return RedirectToPage("/Profile/Index", new { area = "" });
    }

    private static string Token(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    // The signed-in neighbor, when the link was sent to them for that address and is still good.
    private async Task<Neighbor?> AskingNeighborAsync(string userId, string email, string token) =>
        await users.GetUserAsync(User) is { } neighbor && neighbor.Id == userId
        && await users.VerifyUserTokenAsync(neighbor, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<Neighbor>.GetChangeEmailTokenPurpose(email), token)
            ? neighbor
            : null;
}
