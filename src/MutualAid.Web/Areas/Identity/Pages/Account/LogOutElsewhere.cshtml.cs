using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// For a phone left logged in at a friend's, or a lost one: a new security stamp ends every
// session at its next request (the stamp is checked on every request, see NeighborsSetup), and
// this browser is signed in again with the new stamp.
[Authorize]
public class LogOutElsewhereModel(UserManager<Neighbor> users, SignInManager<Neighbor> signIn, IStringLocalizer<LogOutElsewhereModel> text) : PageModel
{
    public void OnGet()
    {
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync()
    {
        var neighbor = await users.GetUserAsync(User);
        if (neighbor is null)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(neighbor);
        await signIn.RefreshSignInAsync(neighbor);
        TempData["Notice"] = text["You are logged out on every other device. You are still logged in here."].Value;
        return RedirectToPage("/Profile/Index", new { area = "" });
    }
}
