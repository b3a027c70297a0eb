using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Logging out changes state, so it takes a POST with the antiforgery token; a GET only shows a
// button, and a link cannot log anyone out.
[AllowAnonymous]
public class LogoutModel(SignInManager<Neighbor> signIn) : PageModel
{
    public bool SignedIn { get; private set; }

    public void OnGet() => SignedIn = signIn.IsSignedIn(User);

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        await signIn.SignOutAsync();
        return Url.SafeLocal(returnUrl) is { } target ? LocalRedirect(target) : RedirectToPage();
    }
}
