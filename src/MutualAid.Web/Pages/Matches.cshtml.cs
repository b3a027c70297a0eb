using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages;

[Authorize]
public class MatchesModel(MatchList matchList, UserManager<Neighbor> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PostWithMatches> Posts { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Posts = await matchList.ForAuthorAsync(users.GetUserId(User)!, Now, cancellationToken: cancellationToken);
}
