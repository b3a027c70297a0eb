using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages;

[Authorize]
public class MatchesModel(MatchList matchList, HelperFinder helpers, AppDbContext db, UserManager<Neighbor> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PostWithMatches> Posts { get; private set; } = [];

    // Open needs nearby that fit what they said they could help with, whether or not they posted.
    public IReadOnlyList<MatchedPost> CanHelpWith { get; private set; } = [];
    public bool OffersHelp { get; private set; }
    public bool HasHome { get; private set; }
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var id = users.GetUserId(User)!;
        Posts = await matchList.ForAuthorAsync(id, Now, cancellationToken: cancellationToken);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { Offers = u.HelpCategoryIds.Count > 0, Home = u.HomeLatitude != null })
            .SingleAsync(cancellationToken);
        (OffersHelp, HasHome) = (me.Offers, me.Home);
        CanHelpWith = await helpers.NeedsForAsync(id, Now, cancellationToken);
    }
}
