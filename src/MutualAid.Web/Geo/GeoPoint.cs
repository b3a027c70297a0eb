namespace MutualAid.Web.Geo;

public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double EarthRadiusKm = 6371.0088;

    // The length of a degree of latitude (EarthRadiusKm × π / 180, to the metre), for flat
    // approximations over a few kilometres.
    public const double KmPerDegree = 111.195;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude)
        && latitude is >= -90 and <= 90
        && longitude is >= -180 and <= 180;

    public double DistanceKmTo(GeoPoint other)
    {
        var lat1 = ToRadians(Latitude);
        var lat2 = ToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = ToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
