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

public sealed record BrowseResult(IReadOnlyList<PostSummary> Items, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + BrowseQuery.PageSize - 1) / BrowseQuery.PageSize);
}

public sealed record MapCell(double Latitude, double Longitude, IReadOnlyList<MapPost> Posts);

public sealed record MapPost(int Id, string Kind, string Category, string Title);
