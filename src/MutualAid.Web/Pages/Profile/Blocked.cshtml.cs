using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Profile;

// The neighbors this neighbor blocked, by name only, each with a way to unblock. Nobody is told
// either way; a block the other neighbor made stays.
public class BlockedModel(NeighborBlocks blocks, UserManager<Neighbor> users, TimeProvider clock, IStringLocalizer<BlockedModel> text) : PageModel
{
    public IReadOnlyList<BlockedNeighbor> Blocked { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Blocked = await blocks.BlockedByAsync(users.GetUserId(User)!, cancellationToken);

    [RateLimited(LimitedAction.Blocking)]
    public async Task<IActionResult> OnPostUnblockAsync(string? neighborId, CancellationToken cancellationToken)
    {
        var name = neighborId is null ? null : await blocks.UnblockAsync(users.GetUserId(User)!, neighborId, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        TempData["Notice"] = text["You unblocked {0}.", name].Value;
        return RedirectToPage();
    }
}
