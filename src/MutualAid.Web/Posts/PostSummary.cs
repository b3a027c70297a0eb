using MutualAid.Web.Geo;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

public sealed record PostSummary(
    int Id,
    PostKind Kind,
    LocalizedName Category,
    string Title,
    string Excerpt,
    DateTime CreatedAt,
    Urgency Urgency,
    DateOnly? NeededBy,
    bool IsStanding,
    string AuthorName,
    GridCell Cell,
    DistanceBand? Distance);

// Total stops at PostBrowser.CountLimit; MoreThanTotal says there were more, shown as "1000+".
public sealed record BrowseResult(IReadOnlyList<PostSummary> Items, int Total, int Page, bool MoreThanTotal = false)
{
    public int PageCount => Math.Max(1, (Total + BrowseQuery.PageSize - 1) / BrowseQuery.PageSize);

    public string TotalText => Plus(Total);

    public string PageCountText => Plus(PageCount);

    private string Plus(int number) =>
        number.ToString(System.Globalization.CultureInfo.CurrentCulture) + (MoreThanTotal ? "+" : "");
}

public sealed record MapCell(double Latitude, double Longitude, IReadOnlyList<MapPost> Posts);

public sealed record MapPost(int Id, string Kind, string Category, string Title);

public sealed record MapView(BrowseResult List, IReadOnlyList<MapCell> Cells);
