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
        Of(from.Center.DistanceKmTo(to.Center));

    public static string Label(this DistanceBand band) => band switch
    {
        DistanceBand.UnderOneKm => "under 1 km",
        DistanceBand.OneToTwoKm => "1–2 km",
        DistanceBand.TwoToFiveKm => "2–5 km",
        DistanceBand.FiveToTenKm => "5–10 km",
        _ => "over 10 km",
    };
}
