using MutualAid.Web.Geo;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// An attacker browses as a stranger from 200 places around a post, reads the distance band each
// time, and looks for the point that fits every answer. All they may learn is the public cell.
public class LocationAttackTests
{
    // The bands as the browse page writes them, nearest first, in the order of DistanceBand.
    private static readonly string[] BandsAsShown = ["under 1 km", "1–2 km", "2–5 km", "5–10 km", "over 10 km"];

    private static readonly (double Low, double High)[] Bands = [(0, 1), (1, 2), (2, 5), (5, 10), (10, double.MaxValue)];

    [Fact]
    public async Task Two_hundred_probes_locate_a_post_no_better_than_its_public_cell_center()
    {
        await using var app = new MutualAidApp();
        var exact = CornerOfItsCell(new GeoPoint(40.4123, -3.7045));
        var neighbor = await app.AddNeighborAsync("ana@example.org", "Ana", exact);
        await app.AddPostAsync(neighbor.Id, PostKind.Need, "Quiet need zq", exact);
        var random = new Random(5);
        var probes = Enumerable.Range(0, 200).Select(i =>
        {
            var km = 0.3 + (random.NextDouble() * 11);
            var angle = random.NextDouble() * 2 * Math.PI;
            return new GeoPoint(exact.Latitude + (km * Math.Cos(angle) / 111.2), exact.Longitude + (km * Math.Sin(angle) / (111.2 * Math.Cos(exact.Latitude * Math.PI / 180))));
        }).ToList();
        var ids = await app.WithDbAsync(async db =>
        {
            var hoods = probes.Select((p, i) => new Neighborhood { Name = $"Probe {i}", CenterLatitude = p.Latitude, CenterLongitude = p.Longitude, RadiusKm = 1 }).ToList();
            db.Neighborhoods.AddRange(hoods);
            await db.SaveChangesAsync();
            return hoods.Select(h => h.Id).ToList();
        });

        var stranger = app.CreateBrowserClient();
        var observations = new List<(GeoPoint From, int Band)>();
        for (var i = 0; i < probes.Count; i++)
        {
            var page = await stranger.GetPageAsync($"/?q=zq&near={ids[i]}");
            var metas = page.Document.QuerySelectorAll(".post-card .meta");
            var meta = metas[metas.Length - 1].TextContent;
            var band = Array.FindIndex(BandsAsShown, label => meta.Contains($"{label} away", StringComparison.Ordinal));
            Assert.True(band >= 0, meta);
            observations.Add((GridCell.Containing(probes[i]).Center, band));
        }

        var estimate = BestFit(observations, exact);
        var cellCenter = GridCell.Containing(exact).Center;

        Assert.True(estimate.DistanceKmTo(exact) >= cellCenter.DistanceKmTo(exact) - 0.05,
            $"The estimate is {estimate.DistanceKmTo(exact) * 1000:0} m from the exact point; the public cell center is {cellCenter.DistanceKmTo(exact) * 1000:0} m from it.");
    }

    // A point near a corner of its cell, so the cell center is far from it and a leak would show.
    private static GeoPoint CornerOfItsCell(GeoPoint point)
    {
        var center = GridCell.Containing(point).Center;
        var nudged = new GeoPoint(center.Latitude + (GridCell.RowHeightDegrees * 0.45), center.Longitude + (GridCell.RowHeightDegrees * 0.45 / Math.Cos(center.Latitude * Math.PI / 180)));
        Assert.Equal(GridCell.Containing(center), GridCell.Containing(nudged));
        return nudged;
    }

    // The attacker's best guess: the centroid of the grid points (every 25 m) that agree with
    // the most observed bands.
    private static GeoPoint BestFit(List<(GeoPoint From, int Band)> observations, GeoPoint around)
    {
        var best = -1;
        var fits = new List<GeoPoint>();
        const double Step = 0.025;
        for (var dy = -3.0; dy <= 3.0; dy += Step)
        {
            for (var dx = -3.0; dx <= 3.0; dx += Step)
            {
                var candidate = new GeoPoint(around.Latitude + (dy / 111.2), around.Longitude + (dx / (111.2 * Math.Cos(around.Latitude * Math.PI / 180))));
                var score = observations.Count(o =>
                {
                    var km = o.From.DistanceKmTo(candidate);
                    return km >= Bands[o.Band].Low && km < Bands[o.Band].High;
                });
                if (score > best)
                {
                    (best, fits) = (score, [candidate]);
                }
                else if (score == best)
                {
                    fits.Add(candidate);
                }
            }
        }

        return new GeoPoint(fits.Average(p => p.Latitude), fits.Average(p => p.Longitude));
    }
}
