using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.PostPages;

// The renewal link from an expiry reminder. The signed token names the post, so the author
// needs no log-in; the GET only asks, the POST renews (PostRenewal).
[IgnoreAntiforgeryToken]
public class RenewModel(AppDbContext db, RenewTokens tokens, PostRenewal renewal) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Title { get; private set; }
    public string? Renewed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Title = await TitleAsync(id, cancellationToken);
        return Title is null ? NotFound() : Page();
    }

    [RateLimited(LimitedAction.Renewing)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await renewal.RenewByLinkAsync(id, Token, cancellationToken);
        Title = await TitleAsync(id, cancellationToken);
        if (result.Outcome == FlowOutcome.NotFound || Title is null)
        {
            return NotFound();
        }

        if (result.Outcome == FlowOutcome.Done)
        {
            Renewed = result.Message;
        }
        else
        {
            ModelState.AddModelError(string.Empty, result.Message);
        }

        return Page();
    }

    private async Task<string?> TitleAsync(int id, CancellationToken cancellationToken) =>
        tokens.PostIdFrom(Token) == id ? await db.Posts.Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) : null;
}
