using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Neighbors;

public sealed record ViewerOrigin(GridCell Cell, string Description);

// A signed-in reader of a list, and whether they are on either side of any block: most are on
// neither, and then no list has to look at who wrote each post.
public sealed record Viewer(string Id, bool OnEitherSideOfABlock);

// Where distances are measured from: a signed-in neighbor's home, else a neighborhood the
// viewer picked. Both are reduced to their public cell first.
public sealed class ViewerLocator(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<ViewerLocator> text)
{
    // Read on every signed-in list, map and post page: compiled once, one round trip.
    private static readonly CompiledPerModel<Func<AppDbContext, string, CancellationToken, Task<Home?>>> HomeOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string id, CancellationToken cancellationToken) => db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new Home(u.HomeLatitude, u.HomeLongitude, db.NeighborBlocks.Any(b => b.BlockerId == id || b.BlockedId == id)))
            .FirstOrDefault()));

    public async Task<ViewerOrigin?> LocateAsync(ClaimsPrincipal viewer, int? neighborhoodId, CancellationToken cancellationToken = default) =>
        (await LocateAsync(viewer, viewer, neighborhoodId, cancellationToken)).Origin;

    // Distances are measured from the home of `measuredFor`, if any, else from the neighborhood;
    // the reader is `signedIn`, whose blocks the list keeps to.
    public async Task<(ViewerOrigin? Origin, Viewer? Reader)> LocateAsync(ClaimsPrincipal signedIn, ClaimsPrincipal measuredFor,
        int? neighborhoodId, CancellationToken cancellationToken = default)
    {
        Viewer? reader = null;
        if (users.GetUserId(signedIn) is { } userId)
        {
            var home = await HomeOf.For(db)(db, userId, cancellationToken);
            reader = new Viewer(userId, home?.OnEitherSideOfABlock ?? true);
            if (home is { Latitude: { } lat, Longitude: { } lon } && neighborhoodId is null && users.GetUserId(measuredFor) == userId)
            {
                return (new ViewerOrigin(GridCell.Containing(new GeoPoint(lat, lon)), text["your home"]), reader);
            }
        }

        if (neighborhoodId is { } id)
        {
            var neighborhood = await db.Neighborhoods.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (neighborhood is not null)
            {
                return (new ViewerOrigin(GridCell.Containing(neighborhood.Center), neighborhood.Name), reader);
            }
        }

        return (null, reader);
    }

    private sealed record Home(double? Latitude, double? Longitude, bool OnEitherSideOfABlock);
}
