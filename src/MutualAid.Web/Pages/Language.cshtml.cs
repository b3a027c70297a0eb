using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages;

// The language switcher: remembers the choice in a cookie, and for a signed-in neighbor also in
// their account, so their emails follow it. The switch on a signed-out page carries no form token,
// so that the page is the same for every visitor and can be cached (SignedOutPages): what a
// forged switch could do there is change a browser's language, never an account. A signed-in
// neighbor's switch changes their account, so it needs its token, checked here.
[IgnoreAntiforgeryToken]
public class LanguageModel(UserManager<Neighbor> users, IAntiforgery antiforgery, TimeProvider clock) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = Url.SafeLocal(returnUrl) ?? "/";

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        if (signedIn ? !await antiforgery.IsRequestValidAsync(HttpContext) : CameFromAnotherSite())
        {
            return BadRequest();
        }

        var language = Languages.Normalize(culture);
        Response.RememberLanguage(language, clock.GetUtcNow());
        if (signedIn && await users.GetUserAsync(User) is { } neighbor && neighbor.Language != language)
        {
            neighbor.Language = language;
            await users.UpdateAsync(neighbor);
        }

        return LocalRedirect(Url.SafeLocal(returnUrl) ?? "/");
    }

    // Browsers say where a form was sent from; one sent from another site is refused even when it
    // could only change a cookie. A browser that does not say is let through.
    private bool CameFromAnotherSite() => Request.Headers["Sec-Fetch-Site"] == "cross-site";
}
