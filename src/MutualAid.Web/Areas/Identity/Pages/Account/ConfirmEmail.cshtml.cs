using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The link from the confirmation email. A code cut short by a mail app fails to decode, which the
// broken-link filter answers with the friendly 400 page. A link to an account that a later sign-up
// replaced simply did not work. Confirming is what makes a listed address a steward's.
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<Neighbor> users, Stewardship stewardship) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        if (userId is null || code is null)
        {
            return NotFound();
        }

        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        if (await users.FindByIdAsync(userId) is { } neighbor && (await users.ConfirmEmailAsync(neighbor, token)).Succeeded)
        {
            Confirmed = true;
            await stewardship.GrantIfDueAsync(neighbor);
        }

        ReturnUrl = Url.SafeLocal(returnUrl);
        return Page();
    }
}
