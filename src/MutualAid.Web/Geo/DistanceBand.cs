namespace MutualAid.Web.Geo;

public enum DistanceBand
{
    UnderOneKm,
    OneToTwoKm,
    TwoToFiveKm,
    FiveToTenKm,
    OverTenKm,
}

public static class DistanceBands
{
    public static DistanceBand Of(double kilometres) => kilometres switch
    {
        < 1 => DistanceBand.UnderOneKm,
        < 2 => DistanceBand.OneToTwoKm,
        < 5 => DistanceBand.TwoToFiveKm,
        < 10 => DistanceBand.FiveToTenKm,
        _ => DistanceBand.OverTenKm,
    };

    // Bands are always measured between public cells, never exact points, so probing from many
    // places can narrow a post down to its cell and no further.
    public static DistanceBand Between(GridCell from, GridCell to) =>
        Of(from.DistanceKmTo(to));
}
