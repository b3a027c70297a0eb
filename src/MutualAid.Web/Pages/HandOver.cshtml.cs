using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages;

// Opened by a neighbor a coordinator posted for, once they have an account of their own: their
// press on "These are mine" is their consent, and their open posts become theirs. The coordinator
// never looks an account up, so nobody learns who has one.
public class HandOverModel(UserManager<Neighbor> users, CoordinationSteps steps, IStringLocalizer<HandOverModel> text) : PageModel
{
    public IReadOnlyList<string> Titles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        if (await steps.HandOverAsync(token, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Titles = found.Titles;
        return Page();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        if (!await steps.ClaimAsync(token, users.GetUserId(User)!, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["They are yours now. Answers and matches come to you from here on."].Value;
        return RedirectToPage("/Mine");
    }
}
