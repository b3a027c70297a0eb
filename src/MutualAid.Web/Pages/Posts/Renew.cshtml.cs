using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.PostPages;

// The renewal link from an expiry reminder. The signed token names the post, so the author
// needs no log-in; the GET only asks, the POST renews (PostRenewal).
[IgnoreAntiforgeryToken]
public class RenewModel(AppDbContext db, RenewTokens tokens, PostRenewal renewal, TimeProvider clock, IOptions<ExpiryOptions> expiry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Title { get; private set; }
    public string? Renewed { get; private set; }

    // Why the post cannot be renewed now, in the rule's words (the page translates them), so the
    // link opened too early, or after the post closed, says so instead of offering a button.
    public string? NotNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Title = await TitleAsync(id, cancellationToken);
        if (Title is null)
        {
            return NotFound();
        }

        var post = await db.Posts.AsNoTracking().FirstAsync(p => p.Id == id, cancellationToken);
        NotNow = !post.CanBeEdited ? Post.ClosedForChanges
            : !post.CanBeRenewedAt(clock.GetUtcNow().UtcDateTime, expiry.Value.ReminderAhead) ? Post.TooEarlyToRenew
            : null;
        return Page();
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
