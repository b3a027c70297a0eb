using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Sends a link to choose a new password. The page only saves the request and answers; whether
// the address has an account is looked up later, away from this request, so neither the answer
// nor its timing tells who has one. An unconfirmed account gets the link too: choosing a password
// through it proves the address, which is how its owner takes back an address someone else used.
[AllowAnonymous]
public class ForgotPasswordModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.AccountEmailRequests.Add(AccountEmailRequest.Typed(AccountEmailKind.PasswordReset, Input.Email!, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("ForgotPasswordConfirmation");
    }
}
