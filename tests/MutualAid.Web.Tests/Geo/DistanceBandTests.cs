using MutualAid.Web.Geo;

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

    [Fact]
    public void Bands_between_cells_do_not_change_when_the_point_moves_inside_its_cell()
    {
        var viewer = GridCell.Containing(new GeoPoint(40.4000, -3.7000));
        var cell = GridCell.Containing(new GeoPoint(40.4123, -3.7045));
        var center = cell.Center;

        var bands = new[] { -0.0015, 0, 0.0015 }
            .Select(d => DistanceBands.Between(viewer, GridCell.Containing(new GeoPoint(center.Latitude + d, center.Longitude + d))))
            .Distinct();

        Assert.Single(bands);
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
