using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Where a signed-in neighbor lands on a page that is not for them, such as moderation.
[AllowAnonymous]
public class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
