using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages;

// The language switcher: remembers the choice in a cookie, and for a signed-in neighbor also in
// their account, so their emails follow it.
public class LanguageModel(UserManager<Neighbor> users, TimeProvider clock) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = Url.SafeLocal(returnUrl) ?? "/";

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var language = Languages.Normalize(culture);
        Response.RememberLanguage(language, clock.GetUtcNow());
        if (await users.GetUserAsync(User) is { } neighbor && neighbor.Language != language)
        {
            neighbor.Language = language;
            await users.UpdateAsync(neighbor);
        }

        return LocalRedirect(Url.SafeLocal(returnUrl) ?? "/");
    }
}
