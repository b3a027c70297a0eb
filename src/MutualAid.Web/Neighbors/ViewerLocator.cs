using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Neighbors;

public sealed record ViewerOrigin(GridCell Cell, string Description);

// Where distances are measured from: a signed-in neighbor's home, else a neighborhood the
// viewer picked. Both are reduced to their public cell first.
public sealed class ViewerLocator(AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<ViewerLocator> text)
{
    public async Task<ViewerOrigin?> LocateAsync(ClaimsPrincipal viewer, int? neighborhoodId, CancellationToken cancellationToken = default)
    {
        var userId = users.GetUserId(viewer);
        if (userId is not null)
        {
            var home = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.HomeLatitude, u.HomeLongitude })
                .FirstOrDefaultAsync(cancellationToken);
            if (home is { HomeLatitude: { } lat, HomeLongitude: { } lon } && neighborhoodId is null)
            {
                return new ViewerOrigin(GridCell.Containing(new GeoPoint(lat, lon)), text["your home"]);
            }
        }

        if (neighborhoodId is { } id)
        {
            var neighborhood = await db.Neighborhoods.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (neighborhood is not null)
            {
                return new ViewerOrigin(GridCell.Containing(neighborhood.Center), neighborhood.Name);
            }
        }

        return null;
    }
}
