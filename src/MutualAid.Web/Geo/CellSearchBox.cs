namespace MutualAid.Web.Geo;

// What the (category, kind, status, cell row, longitude) index must read to find every post
// whose cell center lies within a radius of a cell's center: the grid rows and a range of exact
// longitudes. The decision itself is made on cell centers afterwards; the box only has to hold
// every such post, so it errs on the wide side.
public readonly record struct CellSearchBox(int[] Rows, double MinLongitude, double MaxLongitude)
{
    // Cell centers are rounded to 5 decimals (about a metre); this covers that with room to spare.
    private const double SlackDegrees = 0.00002;

    public static CellSearchBox Around(GridCell origin, double radiusKm)
    {
        var center = origin.Center;
        var angle = radiusKm / GeoPoint.EarthRadiusKm;
        var latitudeSpan = Degrees(angle) + SlackDegrees;
        var south = Math.Max(-90, center.Latitude - latitudeSpan);
        var north = Math.Min(90, center.Latitude + latitudeSpan);
        var firstRow = GridCell.Containing(new GeoPoint(south, center.Longitude)).Row;
        var lastRow = GridCell.Containing(new GeoPoint(north, center.Longitude)).Row;
        var rows = Enumerable.Range(firstRow, lastRow - firstRow + 1).ToArray();

        // By the haversine formula, two points within the radius have cos(lat) sin(dLon / 2) at
        // most sin(angle / 2), where lat is the larger of their absolute latitudes.
        var widestLatitude = Math.Max(Math.Abs(south), Math.Abs(north));
        var sine = Math.Sin(angle / 2) / Math.Cos(widestLatitude * Math.PI / 180);
        if (sine >= 1)
        {
            return WholeRows(rows);
        }

        // A post's exact point lies up to half a column from its cell center, and the widest
        // columns are in the row nearest a pole, which is the first or the last.
        var halfColumn = Math.Max(GridCell.ColumnWidthDegrees(firstRow), GridCell.ColumnWidthDegrees(lastRow)) / 2;
        var longitudeSpan = Degrees(2 * Math.Asin(sine)) + halfColumn + SlackDegrees;
        if (center.Longitude - longitudeSpan < -180 || center.Longitude + longitudeSpan > 180)
        {
            // Near the antimeridian, search the whole band of rows rather than wrap.
            return WholeRows(rows);
        }

        return new CellSearchBox(rows, center.Longitude - longitudeSpan, center.Longitude + longitudeSpan);
    }

    private static CellSearchBox WholeRows(int[] rows) => new(rows, -180, 180);

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
