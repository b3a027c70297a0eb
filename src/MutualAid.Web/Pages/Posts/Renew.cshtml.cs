using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Posts;

// The renewal link from an expiry reminder. The signed token names the post, so the author
// needs no log-in; the GET only asks, the POST renews. An author the stewards blocked cannot.
[IgnoreAntiforgeryToken]
public class RenewModel(AppDbContext db, RenewTokens tokens, MatchFinder matches, BlockedAccounts accounts, TimeProvider clock,
    IStringLocalizer<RenewModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Title { get; private set; }
    public DateTime? RenewedUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var post = await FindAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        Title = post.Title;
        return Page();
    }

    [RateLimited(LimitedAction.Renewing)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var post = await FindAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        Title = post.Title;
        if (await accounts.RefusalAsync(post.AuthorId, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            post.Renew(now);
            await matches.SaveWithMatchesAsync(post, now, cancellationToken);
            RenewedUntil = post.ExpiresAt;
        }
        catch (PostRuleException rule)
        {
            // The rules speak English; this page translates the ones renewing can break.
            ModelState.AddModelError(string.Empty, text[rule.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["The post changed at the same moment. Open the link again to try once more."]);
        }

        return Page();
    }

    private async Task<Post?> FindAsync(int id, CancellationToken cancellationToken) =>
        tokens.PostIdFrom(Token) == id ? await db.Posts.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
}
