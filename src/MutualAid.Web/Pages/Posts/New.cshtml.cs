using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;
using MutualAid.Web.Series;

namespace MutualAid.Web.Pages.PostPages;

// Two short forms: /Posts/New asks only "a need or an offer?", with a link to each; the form at
// ?kind=Need or ?kind=Offer asks only that kind's questions. Neither needs a script.
public class NewModel(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock, IOptions<MapOptions> map, MatchFinder matches, Stewardship stewardship,
    ShownNames names, IStringLocalizer<PostInput> inputText, IStringLocalizer<NewModel> text, PlaceSearch placeSearch, SiteTimeZone timeZone,
    Caseload caseload)
    : PostFormPageModel(db, users, clock, map, names, inputText, placeSearch, timeZone)
{
    // The offline neighbor a coordinator posts for (?for=id): only one they look after.
    [BindProperty(SupportsGet = true, Name = "for")]
    public int? For { get; set; }

    public string? ForName { get; private set; }

    public async Task<IActionResult> OnGetAsync(PostKind? kind, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (!await LoadOfflineNeighborAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new PostInput
        {
            Kind = kind is { } chosen && Enum.IsDefined(chosen) ? chosen : null,
            RadiusKm = DefaultRadiusKm,
            Location = Home is null ? LocationChoice.Neighborhood : LocationChoice.Home,
        };
        return Page();
    }

    // A forged id (someone else's neighbor, or from an account that is not a coordinator's) finds nothing.
    private async Task<bool> LoadOfflineNeighborAsync(CancellationToken cancellationToken)
    {
        if (For is null)
        {
            return true;
        }

        var offline = await caseload.MineAsync(For, UserId, cancellationToken);
        if (offline is null || await caseload.PointAsync(offline, cancellationToken) is not { } point)
        {
            return false;
        }

        ForName = offline.Name;
        PlaceAt(point);
        Input.Location = LocationChoice.Home;
        Input.NeighborhoodId = null;
        return true;
    }

    [RateLimited(LimitedAction.Posting)]
    public async Task<IActionResult> OnPostAsync([FromServices] SeriesOccurrences occurrences, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (!await LoadOfflineNeighborAsync(cancellationToken))
        {
            return NotFound();
        }

        if (PlaceSearchView.WaitsForSearch)
        {
            return await FindPlaceAsync(cancellationToken);
        }

        // Only a form someone edited by hand sends no kind, or one that is neither: start again.
        if (Input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return RedirectToPage();
        }

        if (await stewardship.PostingRefusalAsync(UserId, Input.Title ?? "", Input.Details ?? "") is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        var rule = Input.Repeat.ToRule(ModelState, Today, InputText);
        var content = ValidatedContent(current: null);
        if (content is null)
        {
            return Page();
        }

        if (rule is not null)
        {
            return await StartSeriesAsync(occurrences, content, rule, cancellationToken);
        }

        var post = Post.Create(UserId, Input.Kind!.Value, content, Now, For);
        Db.Posts.Add(post);
        await matches.SaveWithMatchesAsync(post, Now, cancellationToken: cancellationToken);
        TempData["Notice"] = text["Your post is up. Neighbors nearby can see it now."].Value;
        return RedirectToPage("/Posts/Details", new { id = post.Id });
    }

    // A repeating post: the series is saved, then its first dates are posted at once, each matched on its own.
    private async Task<IActionResult> StartSeriesAsync(SeriesOccurrences occurrences, PostContent content, RepeatRule rule, CancellationToken cancellationToken)
    {
        var series = PostSeries.Start(UserId, Input.Kind!.Value, content, rule, Today, Input.Repeat.Until!.Value, Now, For);
        Db.PostSeries.Add(series);
        await Db.SaveChangesAsync(cancellationToken);
        await occurrences.MakeDueAsync(series, Now, cancellationToken);
        var first = await occurrences.NextDateIdAsync(series.Id, Now);
        TempData["Notice"] = text["Your repeating post is up. Each date is a post of its own; the next ones appear two weeks ahead."].Value;
        return first > 0 ? RedirectToPage("/Posts/Details", new { id = first }) : RedirectToPage("/Mine");
    }

    // Counted with the other small changes: a search costs the outside service a request.
    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostFindPlaceAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return await FindPlaceAsync(cancellationToken);
    }
}
