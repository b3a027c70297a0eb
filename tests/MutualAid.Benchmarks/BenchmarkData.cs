using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// Deterministic, realistic posts: a 200 km x 200 km metro area with uniform density, 16
// categories, half needs and half offers, radii mostly 2-5 km, ~5000 authors, created over the
// last 30 days so that every post is still open at Now.
public static class BenchmarkData
{
    public const int CategoryCount = 16;
    public const int AuthorCount = 5000;
    public const int ProbeCount = 64;
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private const double HalfSideKm = 100;
    private static readonly GeoPoint Center = new(45.5, -73.6);

    private static readonly (string Title, string Details)[] Texts =
    [
        ("Ride to the clinic on Tuesday morning", "My appointment is at 10. I can walk to the corner; the way back I can manage by bus."),
        ("Groceries until payday", "Rice, beans, some vegetables and milk for two kids would get us through the week."),
        ("An extra meal twice a week", "I cook big pots of soup and stew on Mondays and Thursdays. Tell me about allergies."),
        ("Bike repairs", "Punctures, brakes, chains. I have a stand and spare parts."),
    ];

    // Languages, as many neighborhoods have them: one author in three lists one of three
    // languages, and one post in ten asks for one of them.
    private static readonly string[] SharedLanguages = ["es", "pt", "fr"];

    public static List<string> SpokenBy(int authorIndex) => authorIndex % 3 == 0 ? [SharedLanguages[authorIndex / 3 % SharedLanguages.Length]] : [];

    public static Dictionary<string, List<string>> SpokenByAuthor(IReadOnlyList<string> authorIds) =>
        authorIds.Select((id, i) => (id, i)).ToDictionary(a => a.id, a => SpokenBy(a.i));

    public static string[] AuthorIds()
    {
        var random = new Random(5000);
        var bytes = new byte[16];
        return [.. Enumerable.Range(0, AuthorCount).Select(_ =>
        {
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        })];
    }

    // The posts of one database, in insertion order.
    public static IEnumerable<Post> Posts(int count, IReadOnlyList<string> authorIds)
    {
        var random = new Random(count);
        for (var i = 0; i < count; i++)
        {
            var created = Now - TimeSpan.FromSeconds(random.NextDouble() * TimeSpan.FromDays(30).TotalSeconds);
            yield return RandomPost(random, authorIds, created);
        }
    }

    // Posts being matched: same distribution as the data, written just now.
    public static Post[] Probes(IReadOnlyList<string> authorIds)
    {
        var random = new Random(64);
        return [.. Enumerable.Range(0, ProbeCount).Select(_ => RandomPost(random, authorIds, Now))];
    }

    private static Post RandomPost(Random random, IReadOnlyList<string> authorIds, DateTime created)
    {
        var kind = random.Next(2) == 0 ? PostKind.Need : PostKind.Offer;
        var (title, details) = Texts[random.Next(Texts.Length)];
        var content = new PostContent(
            CategoryId: random.Next(1, CategoryCount + 1),
            Title: title,
            Details: details,
            Location: RandomPoint(random),
            RadiusKm: RandomRadiusKm(random),
            Urgency: (Urgency)random.Next(3),
            AskedLanguages: random.Next(10) == 0 ? [SharedLanguages[random.Next(SharedLanguages.Length)]] : null);
        return Post.Create(authorIds[random.Next(authorIds.Count)], kind, content, created);
    }

    private static GeoPoint RandomPoint(Random random)
    {
        var latitudeSpan = HalfSideKm / GeoPoint.KmPerDegree;
        var longitudeSpan = HalfSideKm / (GeoPoint.KmPerDegree * Math.Cos(Center.Latitude * Math.PI / 180));
        return new GeoPoint(
            Math.Round(Center.Latitude + (((random.NextDouble() * 2) - 1) * latitudeSpan), 6),
            Math.Round(Center.Longitude + (((random.NextDouble() * 2) - 1) * longitudeSpan), 6));
    }

    // 1-10 km, weighted toward 2-5 km: 10% 1-2, 60% 2-5, 30% 5-10, to 0.1 km.
    private static double RandomRadiusKm(Random random)
    {
        var band = random.NextDouble();
        var km = band < 0.1 ? 1 + random.NextDouble()
            : band < 0.7 ? 2 + (3 * random.NextDouble())
            : 5 + (5 * random.NextDouble());
        return Math.Round(km, 1);
    }
}
