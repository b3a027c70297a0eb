using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Log-in never sends anyone here, since that would tell that the account exists; the address
// is kept for old links and bookmarks.
[AllowAnonymous]
public class LockoutModel : PageModel
{
    public void OnGet()
    {
    }
}
