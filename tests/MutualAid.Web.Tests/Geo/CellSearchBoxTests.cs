using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Geo;

public class CellSearchBoxTests
{
    // Matching decides on cell centers but reads the index by exact longitude; a post whose cell
    // is within reach but whose exact point fell outside the box would silently never match.
    [Theory]
    [InlineData(40.4, -3.7, 0.1)]
    [InlineData(40.4, -3.7, 1)]
    [InlineData(45.5, -73.6, 10)]
    [InlineData(-33.87, 151.21, 50)]
    [InlineData(69.65, 18.96, 3)]
    [InlineData(0.001, 0.001, 2)]
    [InlineData(78.22, 15.65, 50)]
    [InlineData(-16.5, 179.99, 5)]
    public void Every_post_whose_cell_center_is_within_the_radius_lies_in_the_box(double lat, double lon, double radiusKm)
    {
        var origin = GridCell.Containing(new GeoPoint(lat, lon));
        var box = CellSearchBox.Around(origin, radiusKm);
        var random = new Random(7);
        var reach = radiusKm + 1;
        var within = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var north = ((random.NextDouble() * 2) - 1) * reach;
            var east = ((random.NextDouble() * 2) - 1) * reach;
            var latitude = origin.Center.Latitude + (north / 111.195);
            var longitude = origin.Center.Longitude + (east / (111.195 * Math.Cos(latitude * Math.PI / 180)));
            if (!GeoPoint.IsValid(latitude, longitude))
            {
                continue;
            }

            var point = new GeoPoint(latitude, longitude);
            var cell = GridCell.Containing(point);
            if (origin.DistanceKmTo(cell) > radiusKm)
            {
                continue;
            }

            within++;
            Assert.Contains(cell.Row, box.Rows);
            Assert.InRange(point.Longitude, box.MinLongitude, box.MaxLongitude);
        }

        Assert.True(within > 100, $"Only {within} sampled points fell within reach.");
    }

    [Fact]
    public void The_box_reaches_no_further_than_the_radius_plus_a_cell()
    {
        var origin = GridCell.Containing(new GeoPoint(40.4, -3.7));

        var box = CellSearchBox.Around(origin, 2);

        Assert.InRange(box.Rows.Length, 9, 11);
        var widthKm = (box.MaxLongitude - box.MinLongitude) * 111.195 * Math.Cos(40.4 * Math.PI / 180);
        Assert.InRange(widthKm, 4.5, 5.1);
    }
}
