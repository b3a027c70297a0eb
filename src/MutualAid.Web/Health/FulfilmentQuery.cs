using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Health;

// Reads what the fulfilment numbers need in two queries: the posts of the period (and every
// still-open need) with their first answer, and the neighborhoods' circles.
public sealed class FulfilmentQuery(AppDbContext db, TimeProvider clock, SiteTimeZone zone)
{
    public async Task<FulfilmentNumbers> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = zone.At(FulfilmentNumbers.FirstMonday(now, zone), 0);
        var rows = await db.Posts.AsNoTracking()
            .Where(p => p.CreatedAt >= since || p.ExpiresAt >= since || p.Status == PostStatus.Open)
            .Select(p => new
            {
                p.Kind,
                p.CreatedAt,
                p.Status,
                p.ExpiresAt,
                p.AcceptedCount,
                p.CategoryId,
                p.PublicLatitude,
                p.PublicLongitude,
                p.FulfilledAt,
                FirstAnswerAt = db.Answers.Where(a => a.PostId == p.Id).Min(a => (DateTime?)a.CreatedAt),
            })
            .ToListAsync(cancellationToken);
        var areas = await db.Neighborhoods.AsNoTracking()
            .Select(n => new NeighborhoodArea(n.Id, new GeoPoint(n.CenterLatitude, n.CenterLongitude), n.RadiusKm))
            .ToListAsync(cancellationToken);
        var facts = rows.Select(p => new PostFact(p.Kind, p.CreatedAt, Post.StatusAt(p.Status, p.ExpiresAt, now), p.AcceptedCount, p.CategoryId,
            new GeoPoint(p.PublicLatitude, p.PublicLongitude), p.ExpiresAt, p.FirstAnswerAt, p.FulfilledAt)).ToList();
        return FulfilmentNumbers.From(facts, areas, now, zone);
    }
}
