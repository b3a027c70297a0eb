namespace MutualAid.Web.Geo;

// The public location of anything on the map. A point always snaps to the same cell, so repeated
// queries learn nothing beyond the cell; random jitter would average out and reveal the point.
public readonly record struct GridCell(int Row, int Column)
{
    // 0.0045 degrees of latitude is about 500 m everywhere on Earth.
    public const double RowHeightDegrees = 0.0045;

    public static GridCell Containing(GeoPoint point)
    {
        var row = (int)Math.Floor((point.Latitude + 90) / RowHeightDegrees);
        var column = (int)Math.Floor((point.Longitude + 180) / ColumnWidthDegrees(row));
        return new GridCell(row, column);
    }

    public GeoPoint Center
    {
        get
        {
            var latitude = Math.Min(90, -90 + ((Row + 0.5) * RowHeightDegrees));
            var longitude = -180 + ((Column + 0.5) * ColumnWidthDegrees(Row));
            return new GeoPoint(Math.Round(latitude, 5), Math.Round(Math.Min(180, longitude), 5));
        }
    }

    // Every distance that decides or orders anything a stranger can see is measured between cell
    // centers, so that whatever is asked, the answer is the same for any point inside a cell.
    public double DistanceKmTo(GridCell other) => Center.DistanceKmTo(other.Center);

    // Columns are widened with latitude so that a cell stays about 500 m wide; the width depends
    // only on the row, which keeps the snapping stable.
    public static double ColumnWidthDegrees(int row)
    {
        var rowCenterLatitude = -90 + ((row + 0.5) * RowHeightDegrees);
        var cosine = Math.Max(Math.Cos(rowCenterLatitude * Math.PI / 180), 0.01);
        return Math.Min(RowHeightDegrees / cosine, 360);
    }
}
