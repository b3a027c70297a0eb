using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.Coordinate;

// A coordinator's page: the offline neighbors they look after with their live posts, and everyone
// else's, to take over. A hand-over link is shown here once, to print or read out. A steward who
// is not a coordinator reads every record here and changes none (decision 0015).
public class IndexModel(UserManager<Neighbor> users, Caseload caseload, CoordinationSteps steps, IAuthorizationService authorization,
    IStringLocalizer<IndexModel> text) : PageModel
{
    public IReadOnlyList<CaseloadEntry> Entries { get; private set; } = [];
    public IEnumerable<CaseloadEntry> Mine => Entries.Where(e => e.IsMine);
    public IEnumerable<CaseloadEntry> Unassigned => Entries.Where(e => e.CoordinatorName is null);
    public IEnumerable<CaseloadEntry> Others => Entries.Where(e => !e.IsMine && e.CoordinatorName is not null);
    public bool ReadsOnly { get; private set; }

    [TempData]
    public string? HandOverLink { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ReadsOnly = !await IsCoordinatorAsync();
        Entries = await caseload.ForAsync(Me, ReadsOnly, cancellationToken);
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostTakeOverAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsCoordinatorAsync())
        {
            return Forbid();
        }

        TempData["Notice"] = await steps.TakeOverAsync(id, Me, cancellationToken)
            ? text["You look after them now. Their open posts are yours to relay."].Value
            : text["There is nobody to take over there."].Value;
        return RedirectToPage();
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostHandOverAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsCoordinatorAsync())
        {
            return Forbid();
        }

        if (await caseload.MineAsync(id, Me, cancellationToken) is not { } neighbor)
        {
            return NotFound();
        }

        var token = await steps.MakeHandOverLinkAsync(neighbor, cancellationToken);
        HandOverLink = $"{Request.Scheme}://{Request.Host}/HandOver?token={token}";
        return RedirectToPage();
    }

    private async Task<bool> IsCoordinatorAsync() => (await authorization.AuthorizeAsync(User, CoordinatorOptions.Policy)).Succeeded;

    private string Me => users.GetUserId(User)!;
}
