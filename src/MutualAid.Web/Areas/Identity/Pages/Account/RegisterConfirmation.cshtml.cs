using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Shown after every sign-up, new address or taken: it repeats what was typed and never looks the
// address up, so it cannot tell who has an account.
[AllowAnonymous]
public class RegisterConfirmationModel : PageModel
{
    public string? Email { get; private set; }

    public void OnGet(string? email) => Email = email;
}
