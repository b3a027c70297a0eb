using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Infrastructure;

// A flat map in kilometres around one point, as an attacker would draw circles on paper. At a
// few kilometres it is accurate to well under a metre.
public sealed class LocalPlane(GeoPoint origin)
{
    private double KmPerDegreeOfLongitude => GeoPoint.KmPerDegree * Math.Cos(origin.Latitude * Math.PI / 180);

    public (double East, double North) ToKm(GeoPoint point) =>
        ((point.Longitude - origin.Longitude) * KmPerDegreeOfLongitude, (point.Latitude - origin.Latitude) * GeoPoint.KmPerDegree);

    public GeoPoint FromKm(double east, double north) =>
        new(origin.Latitude + (north / GeoPoint.KmPerDegree), origin.Longitude + (east / KmPerDegreeOfLongitude));

    // The point this far away on this compass bearing (degrees clockwise from north).
    public GeoPoint Toward(double bearingDegrees, double km)
    {
        var radians = bearingDegrees * Math.PI / 180;
        return FromKm(km * Math.Sin(radians), km * Math.Cos(radians));
    }

    // The point at the given distances from three known points: subtracting the first circle's
    // equation from the others leaves two straight lines, which meet at the answer.
    public GeoPoint Trilaterate(IReadOnlyList<(GeoPoint From, double Km)> circles)
    {
        var (x1, y1) = ToKm(circles[0].From);
        var (x2, y2) = ToKm(circles[1].From);
        var (x3, y3) = ToKm(circles[2].From);
        var (r1, r2, r3) = (circles[0].Km, circles[1].Km, circles[2].Km);
        double a = 2 * (x2 - x1), b = 2 * (y2 - y1), c = (r1 * r1) - (r2 * r2) - (x1 * x1) + (x2 * x2) - (y1 * y1) + (y2 * y2);
        double d = 2 * (x3 - x1), e = 2 * (y3 - y1), f = (r1 * r1) - (r3 * r3) - (x1 * x1) + (x3 * x3) - (y1 * y1) + (y3 * y3);
        var determinant = (a * e) - (b * d);
        return FromKm(((c * e) - (b * f)) / determinant, ((a * f) - (c * d)) / determinant);
    }

    // Two points well apart inside one public cell about 2 km from the origin, where a leak of
    // the exact point would show as different answers for each.
    public static (GeoPoint First, GeoPoint Second) TwoPointsInOneCell(Random random)
    {
        var cell = GridCell.Containing(new LocalPlane(Places.Origin).Toward(random.NextDouble() * 360, 2));
        while (true)
        {
            var (first, second) = (RandomPointIn(cell, random), RandomPointIn(cell, random));
            if (first.DistanceKmTo(second) > 0.1)
            {
                return (first, second);
            }
        }
    }

    // A point drawn uniformly from inside a public cell.
    public static GeoPoint RandomPointIn(GridCell cell, Random random)
    {
        var center = cell.Center;
        var around = new LocalPlane(center);
        while (true)
        {
            var point = around.FromKm((random.NextDouble() - 0.5) * 0.6, (random.NextDouble() - 0.5) * 0.6);
            if (GridCell.Containing(point) == cell)
            {
                return point;
            }
        }
    }
}
