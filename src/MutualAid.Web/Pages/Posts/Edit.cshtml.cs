using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages.PostPages;

public class EditModel(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock, IOptions<MapOptions> map, MatchFinder matches, Stewardship stewardship,
    ShownNames names, IStringLocalizer<PostInput> inputText, IStringLocalizer<EditModel> text, PlaceSearch placeSearch, SiteTimeZone timeZone)
    : PostFormPageModel(db, users, clock, map, names, inputText, placeSearch, timeZone)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var post = await FindOwnEditablePostAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken, post.CategoryId);
        Input = PostInput.From(post);
        return Page();
    }

    [RateLimited(LimitedAction.Editing)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var post = await FindOwnEditablePostAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken, post.CategoryId);
        ModelState.Remove("Input.Kind");
        Input.Kind = post.Kind;
        if (PlaceSearchView.WaitsForSearch)
        {
            return await FindPlaceAsync(cancellationToken);
        }

        if (await stewardship.EditingRefusalAsync(UserId, Input.Title ?? "", Input.Details ?? "") is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        var content = ValidatedContent(current: new GeoPoint(post.Latitude, post.Longitude));
        if (content is null)
        {
            return Page();
        }

        post.Edit(content, Now);
        await matches.SaveWithMatchesAsync(post, Now, await stewardship.NewAccountPostCapAsync(UserId), cancellationToken);
        TempData["Notice"] = text["Your changes are saved."].Value;
        return RedirectToPage("/Posts/Details", new { id });
    }

    [RateLimited(LimitedAction.OtherChanges)]
    public async Task<IActionResult> OnPostFindPlaceAsync(int id, CancellationToken cancellationToken)
    {
        var post = await FindOwnEditablePostAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken, post.CategoryId);
        Input.Kind = post.Kind;
        return await FindPlaceAsync(cancellationToken);
    }

    // One date of a repeating post: the page says that editing changes this date only.
    public bool IsSeriesDate { get; private set; }

    private async Task<Post?> FindOwnEditablePostAsync(int id, CancellationToken cancellationToken)
    {
        var post = await Db.Posts.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        IsSeriesDate = post?.SeriesId is not null;
        return post is not null && post.IsAuthor(UserId) && post.CanBeEdited ? post : null;
    }
}
