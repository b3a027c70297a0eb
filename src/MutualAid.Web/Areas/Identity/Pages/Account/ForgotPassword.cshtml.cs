using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Sends a link to choose a new password, and answers the same whether or not the address has an
// account, so the page never tells who has one.
[AllowAnonymous]
public class ForgotPasswordModel(UserManager<Neighbor> users, AccountEmails emails, AppDbContext db) : PageModel
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

        // An unconfirmed account cannot log in even with a new password; the confirmation page
        // points there instead.
        if (await users.FindByEmailAsync(Input.Email!.Trim()) is { EmailConfirmed: true } neighbor)
        {
            await emails.QueuePasswordResetAsync(neighbor);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage("ForgotPasswordConfirmation");
    }
}
