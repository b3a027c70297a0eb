using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks.LoadData;

// The shape of the load data: a city of about 24 km x 24 km around the demo neighborhood's
// center, one neighbor per five posts (at least 50), each post near its author's home.
public static class LoadCity
{
    public const string Password = "load test neighbor passphrase";
    public const double HalfSideKm = 12;
    public static readonly GeoPoint Center = new(40.4168, -3.7038);

    private static readonly (string Title, string Details)[] OtherTexts =
    [
        ("A visit to an older neighbor once a week", "She likes to play cards and hear news of the street."),
        ("A room for two nights", "Between leaving one flat and getting the keys to the next."),
        ("Help with a form at the town hall", "The language is hard for me; half an hour would do."),
    ];

    public static int NeighborCountFor(int postCount) => Math.Max(50, postCount / 5);

    public static string Email(int index) => $"load{index}@example.org";

    public static GeoPoint RandomHome(Random random)
    {
        var latitudeSpan = HalfSideKm / GeoPoint.KmPerDegree;
        var longitudeSpan = HalfSideKm / (GeoPoint.KmPerDegree * Math.Cos(Center.Latitude * Math.PI / 180));
        return new GeoPoint(
            Math.Round(Center.Latitude + (((random.NextDouble() * 2) - 1) * latitudeSpan), 6),
            Math.Round(Center.Longitude + (((random.NextDouble() * 2) - 1) * longitudeSpan), 6));
    }

    // Within 500 m of home, as people post about where they live.
    public static GeoPoint Near(GeoPoint home, Random random)
    {
        var distanceKm = 0.5 * Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        var dLat = distanceKm * Math.Cos(angle) / GeoPoint.KmPerDegree;
        var dLon = distanceKm * Math.Sin(angle) / (GeoPoint.KmPerDegree * Math.Cos(home.Latitude * Math.PI / 180));
        return new GeoPoint(Math.Round(home.Latitude + dLat, 6), Math.Round(home.Longitude + dLon, 6));
    }

    // Every category gets posts; where the demo texts have one for it, the text fits it.
    public static (int CategoryId, string Title, string Details) RandomText(PostKind kind, Random random)
    {
        var categoryIndex = random.Next(Category.Seeds.Count);
        var name = Category.Seeds[categoryIndex].English;
        for (var attempt = 0; attempt < 24; attempt++)
        {
            var (category, title, details) = DemoPostTexts.Pick(kind, random);
            if (category == name)
            {
                return (categoryIndex + 1, title, details);
            }
        }

        var (otherTitle, otherDetails) = OtherTexts[random.Next(OtherTexts.Length)];
        return (categoryIndex + 1, otherTitle, otherDetails);
    }

    // 1-10 km, weighted toward 2-5 km.
    public static double RandomRadiusKm(Random random)
    {
        var band = random.NextDouble();
        var km = band < 0.1 ? 1 + random.NextDouble()
            : band < 0.7 ? 2 + (3 * random.NextDouble())
            : 5 + (5 * random.NextDouble());
        return Math.Round(km, 1);
    }
}
