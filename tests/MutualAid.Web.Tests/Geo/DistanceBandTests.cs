using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Geo;

public class DistanceBandTests
{
    [Theory]
    [InlineData(0, DistanceBand.UnderOneKm)]
    [InlineData(0.99, DistanceBand.UnderOneKm)]
    [InlineData(1, DistanceBand.OneToTwoKm)]
    [InlineData(1.99, DistanceBand.OneToTwoKm)]
    [InlineData(2, DistanceBand.TwoToFiveKm)]
    [InlineData(4.9, DistanceBand.TwoToFiveKm)]
    [InlineData(5, DistanceBand.FiveToTenKm)]
    [InlineData(9.99, DistanceBand.FiveToTenKm)]
    [InlineData(10, DistanceBand.OverTenKm)]
    [InlineData(4000, DistanceBand.OverTenKm)]
    public void Distances_fall_into_the_coarse_bands(double km, DistanceBand band)
    {
        Assert.Equal(band, DistanceBands.Of(km));
    }

    [Fact]
    public void Haversine_distance_matches_a_known_one()
    {
        var madrid = new GeoPoint(40.4168, -3.7038);
        var barcelona = new GeoPoint(41.3874, 2.1686);

        Assert.InRange(madrid.DistanceKmTo(barcelona), 500, 510);
    }

    // The cell about 1 km north of the viewer's reaches from 0.75 km to 1.25 km away: exact points
    // in it fall on both sides of the 1 km band edge, yet every one of them shows the cell's band.
    [Fact]
    public void Every_point_of_a_cell_that_straddles_a_band_edge_shows_the_band_of_its_center()
    {
        var viewer = GridCell.Containing(Places.Origin);
        var cell = GridCell.Containing(new GeoPoint(viewer.Center.Latitude + (2 * GridCell.RowHeightDegrees), viewer.Center.Longitude));
        var south = -90 + (cell.Row * GridCell.RowHeightDegrees);
        GeoPoint[] points = [.. Enumerable.Range(0, 3).Select(i => new GeoPoint(south + ((0.05 + (0.45 * i)) * GridCell.RowHeightDegrees), cell.Center.Longitude))];

        var exactBands = points.Select(p => DistanceBands.Of(viewer.Center.DistanceKmTo(p))).Distinct();
        var shownBands = points.Select(p => DistanceBands.Between(viewer, GridCell.Containing(p))).Distinct();

        Assert.Equal([DistanceBand.UnderOneKm, DistanceBand.OneToTwoKm], exactBands.Order());
        Assert.Equal(DistanceBand.OneToTwoKm, Assert.Single(shownBands));
    }

    [Theory]
    [InlineData(91, 0, false)]
    [InlineData(-91, 0, false)]
    [InlineData(0, 181, false)]
    [InlineData(double.NaN, 0, false)]
    [InlineData(0, double.PositiveInfinity, false)]
    [InlineData(90, -180, true)]
    public void Only_points_on_Earth_are_valid(double lat, double lon, bool valid)
    {
        Assert.Equal(valid, GeoPoint.IsValid(lat, lon));
    }
}
