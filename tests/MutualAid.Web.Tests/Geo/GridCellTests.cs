using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Geo;

public class GridCellTests
{
    [Theory]
    [InlineData(40.41234567, -3.70456789)]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(64.1466, -21.9426)]
    [InlineData(0.0001, 0.0001)]
    public void Every_point_of_a_cell_gives_its_one_center_and_a_step_across_its_edge_another(double lat, double lon)
    {
        var cell = GridCell.Containing(new GeoPoint(lat, lon));
        var south = -90 + (cell.Row * GridCell.RowHeightDegrees);
        var west = -180 + (cell.Column * GridCell.ColumnWidthDegrees(cell.Row));
        var north = south + GridCell.RowHeightDegrees;
        var east = west + GridCell.ColumnWidthDegrees(cell.Row);
        const double step = 1e-7;
        GeoPoint[] corners = [new(south + step, west + step), new(south + step, east - step), new(north - step, west + step), new(north - step, east - step)];
        GeoPoint[] across = [new(south - step, lon), new(north + step, lon), new(lat, west - step), new(lat, east + step)];

        Assert.All(corners, corner => Assert.Equal(cell.Center, GridCell.Containing(corner).Center));
        Assert.All(across, point => Assert.NotEqual(cell.Center, GridCell.Containing(point).Center));
        Assert.Equal(cell, GridCell.Containing(cell.Center));
        Assert.NotEqual(new GeoPoint(lat, lon), cell.Center);
    }

    [Theory]
    [InlineData(40.4123, -3.7045)]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(64.1466, -21.9426)]
    [InlineData(0.0001, 0.0001)]
    public void A_cell_is_about_500_metres_across_at_any_latitude(double lat, double lon)
    {
        var cell = GridCell.Containing(new GeoPoint(lat, lon));
        var east = new GridCell(cell.Row, cell.Column + 1).Center;
        var north = GridCell.Containing(new GeoPoint(cell.Center.Latitude + GridCell.RowHeightDegrees, cell.Center.Longitude));
        var northSameLongitude = new GeoPoint(north.Center.Latitude, cell.Center.Longitude);

        Assert.Equal(cell.Row + 1, north.Row);
        Assert.InRange(cell.Center.DistanceKmTo(east), 0.45, 0.55);
        Assert.InRange(cell.Center.DistanceKmTo(northSameLongitude), 0.45, 0.55);
    }

    [Fact]
    public void The_public_center_is_never_more_than_half_a_diagonal_from_the_point()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var point = new GeoPoint((random.NextDouble() * 140) - 70, (random.NextDouble() * 358) - 179);
            var center = GridCell.Containing(point).Center;
            Assert.True(point.DistanceKmTo(center) < 0.37, $"{point} is {point.DistanceKmTo(center):0.000} km from its center");
        }
    }

    [Fact]
    public void Points_a_few_metres_apart_inside_one_cell_share_its_center()
    {
        var cell = GridCell.Containing(new GeoPoint(40.4123, -3.7045));
        var center = cell.Center;
        var nudged = new GeoPoint(center.Latitude + 0.0003, center.Longitude - 0.0003);

        Assert.Equal(cell, GridCell.Containing(nudged));
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(89.9999, 179.9999)]
    public void Extreme_points_still_give_a_valid_center(double lat, double lon)
    {
        var center = GridCell.Containing(new GeoPoint(lat, lon)).Center;

        Assert.True(GeoPoint.IsValid(center.Latitude, center.Longitude));
    }
}
