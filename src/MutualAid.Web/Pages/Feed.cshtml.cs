using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

// /Feed takes the browse filters (near a neighborhood, within, category, kind, words) and answers
// the newest twenty open posts as Atom. It is the same for everyone who asks: it is read as a
// stranger, signed in or not, so no home, block or account shapes it.
[IgnoreAntiforgeryToken]
public class FeedModel(PostBrowser browser, ViewerLocator locator, PostFeed feed, EmailLinks links, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(BrowseQuery query, CancellationToken cancellationToken)
    {
        query.Sort = BrowseSort.Newest;
        query.P = 1;
        var origin = await locator.LocateAsync(new ClaimsPrincipal(new ClaimsIdentity()), query.Near, cancellationToken);
        var result = await browser.BrowseAsync(query, origin?.Cell, reader: null, cancellationToken);
        var filters = query.ToRouteValues().Select(v => (v.Key, (string?)v.Value)).ToArray();
        var xml = feed.Write(result.Items, links.Absolute("/Feed", filters), links.Absolute("/", filters), clock.GetUtcNow().UtcDateTime);
        return File(xml, "application/atom+xml; charset=utf-8");
    }
}
