using Microsoft.AspNetCore.OutputCaching;
using MutualAid.Web.Answers;
using MutualAid.Web.Hosting;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

[OutputCache(PolicyName = SignedOutPages.Policy)]
public class IndexModel(ShownNames names, ViewerLocator locator, PostBrowser browser, Gratitude gratitude, TimeProvider clock)
    : BrowsePageModel(names, locator)
{
    public BrowseResult Result { get; private set; } = new([], 0, 1);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public IReadOnlyList<GratitudeNote> Thanks { get; private set; } = [];

    public async Task OnGetAsync(BrowseQuery query, CancellationToken cancellationToken)
    {
        await LoadFiltersAsync(query, cancellationToken);
        Result = await browser.BrowseAsync(Query, Origin?.Cell, Reader, cancellationToken);
        Thanks = await gratitude.PublicAsync(3);
    }
}
