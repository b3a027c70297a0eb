using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

public class IndexModel(AppDbContext db, ViewerLocator locator, BrowseChoices choices, PostBrowser browser, Gratitude gratitude, TimeProvider clock)
    : BrowsePageModel(db, locator, choices)
{
    public BrowseResult Result { get; private set; } = new([], 0, 1);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public IReadOnlyList<GratitudeNote> Thanks { get; private set; } = [];

    public async Task OnGetAsync(BrowseQuery query, CancellationToken cancellationToken)
    {
        await LoadFiltersAsync(query, cancellationToken);
        Result = await browser.BrowseAsync(Query, Origin?.Cell, ViewerId, cancellationToken);
        Thanks = await gratitude.PublicAsync(3);
    }
}
