using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// Sends the confirmation link again. The page only saves the request and answers the same for any
// address; whether it has an account waiting for confirmation is looked up later, away from this
// request, so neither the answer nor its timing tells who has one.
[AllowAnonymous]
public class ResendEmailConfirmationModel(AppDbContext db, TimeProvider clock, IStringLocalizer<ResendEmailConfirmationModel> text) : PageModel
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

        db.AccountEmailRequests.Add(AccountEmailRequest.Typed(AccountEmailKind.Confirmation, Input.Email!, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);

        TempData["Notice"] = text["If that address has an account waiting for confirmation, we sent it a new link. Check your email."].Value;
        return RedirectToPage();
    }
}
