using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Pages.Moderation;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.PostPages;

// A steward restores a hidden post from its page. To anyone who is not a steward this handler
// answers exactly as for a post that does not exist, so it tells nobody that a hidden post is there.
public partial class DetailsModel
{
    public string? RestoreReason { get; private set; }
    public string? RestoreError { get; private set; }

    // Counted like any change, and counted the same whether the post exists or not.
    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostRestoreAsync(int id, string? reason, CancellationToken cancellationToken)
    {
        var post = await query.IsStewardAsync(User) ? await db.Posts.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (post is null)
        {
            return NotFound();
        }

        if (StewardReason.Problem(reason, text) is { } problem)
        {
            (RestoreReason, RestoreError) = (reason, problem);
            return await ShowAsync(id, cancellationToken);
        }

        TempData["Notice"] = await stewardship.RestoreAsync(users.GetUserId(User)!, post, reason!.Trim()) ?? text["Restored. Neighbors can see the post again."];
        return RedirectToPage("/Posts/Details", new { id });
    }
}
