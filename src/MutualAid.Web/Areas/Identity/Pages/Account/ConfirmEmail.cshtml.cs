using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The link from the confirmation email. A code cut short by a mail app fails to decode, which the
// broken-link filter answers with the friendly 400 page.
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<Neighbor> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        if (userId is null || code is null || await users.FindByIdAsync(userId) is not { } neighbor)
        {
            return NotFound();
        }

        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        Confirmed = (await users.ConfirmEmailAsync(neighbor, token)).Succeeded;
        ReturnUrl = Url.SafeLocal(returnUrl);
        return Page();
    }
}
