using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Sends the confirmation link again, answering the same for any address so the page never tells
// who has an account.
[AllowAnonymous]
public class ResendEmailConfirmationModel(UserManager<Neighbor> users, AccountEmails emails, AppDbContext db,
    IStringLocalizer<ResendEmailConfirmationModel> text) : PageModel
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

        if (await users.FindByEmailAsync(Input.Email!.Trim()) is { EmailConfirmed: false } neighbor)
        {
            await emails.QueueConfirmationAsync(neighbor, returnUrl: null);
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Notice"] = text["If that address has an account waiting for confirmation, we sent it a new link. Check your email."].Value;
        return RedirectToPage();
    }
}
