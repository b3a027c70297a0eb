using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Data;

// Development only: a small living network, so a newcomer sees what the app is for at once.
public sealed class DemoNeighborhoodSeeder(AppDbContext db, IPasswordHasher<Neighbor> hasher, MatchFinder matchFinder, TimeProvider clock)
{
    public const string DemoPassword = "demo neighbor passphrase";
    private const int NeighborCount = 40;
    private const int PostCount = 200;

    private static readonly (string Name, string Spanish, double Lat, double Lon)[] Places =
    [
        ("Riverside", "La Ribera", 40.4080, -3.7150),
        ("Old Market", "Mercado Viejo", 40.4155, -3.7040),
        ("Hillcrest", "La Colina", 40.4250, -3.6950),
        ("Station Quarter", "Barrio de la Estación", 40.4060, -3.6900),
    ];

    private static readonly string[] FirstNames =
    [
        "Ana", "Ben", "Carmen", "Dev", "Esther", "Farid", "Grace", "Hugo", "Ines", "Jamal",
        "Kofi", "Lucía", "Mei", "Nadia", "Omar", "Pilar", "Quinn", "Rosa", "Sam", "Tomás",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Neighborhoods.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(20261127);
        var now = clock.GetUtcNow().UtcDateTime;
        var neighborhoods = Places.Select(p => Named(new Neighborhood
        {
            Name = p.Name,
            CenterLatitude = p.Lat,
            CenterLongitude = p.Lon,
            RadiusKm = 1.2,
        }, p.Spanish)).ToList();
        db.Neighborhoods.AddRange(neighborhoods);
        await db.SaveChangesAsync(cancellationToken);

        var neighbors = Enumerable.Range(1, NeighborCount).Select(i => NewNeighbor(i, neighborhoods, random, now)).ToList();
        db.Users.AddRange(neighbors);

        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var posts = Enumerable.Range(0, PostCount).Select(_ => NewPost(neighbors[random.Next(neighbors.Count)], categories, random, now)).ToList();
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync(cancellationToken);

        // The demo network already knows its matches; nobody is emailed about them.
        foreach (var post in posts.OrderBy(p => p.CreatedAt))
        {
            foreach (var match in await matchFinder.RecordAsync(post, now, cancellationToken: cancellationToken))
            {
                match.NeedAuthorNotifiedAt = match.OfferAuthorNotifiedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Neighborhood Named(Neighborhood neighborhood, string spanish)
    {
        NameInLanguage.Set(neighborhood.Names, "es", spanish);
        return neighborhood;
    }

    private Neighbor NewNeighbor(int index, List<Neighborhood> neighborhoods, Random random, DateTime now)
    {
        var email = $"neighbor{index:00}@example.org";
        var home = Scatter(neighborhoods[index % neighborhoods.Count].Center, 1.0, random);
        var neighbor = new Neighbor
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = $"{FirstNames[index % FirstNames.Length]} {(char)('A' + (index * 7 % 26))}.",
            RadiusKm = 2 + random.Next(4),
            CreatedAt = now.AddDays(-random.Next(10, 200)),
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        neighbor.MoveHome(home, neighborhoods[index % neighborhoods.Count].Id);
        neighbor.PasswordHash = hasher.HashPassword(neighbor, DemoPassword);
        return neighbor;
    }

    private static Post NewPost(Neighbor author, List<Category> categories, Random random, DateTime now)
    {
        var kind = random.Next(2) == 0 ? PostKind.Need : PostKind.Offer;
        var (categoryName, title, details) = DemoPostTexts.Pick(kind, random);
        var category = categories.FirstOrDefault(c => c.Name == categoryName) ?? categories[^1];
        var content = new PostContent(
            category.Id, title, details, Scatter(author.Home!.Value, 0.4, random), author.RadiusKm,
            (Urgency)random.Next(3), IsStanding: kind == PostKind.Offer && random.Next(3) == 0);
        var created = now.AddMinutes(-random.Next(10, 60 * 24 * 25));
        return Post.Create(author.Id, kind, content, created);
    }

    private static GeoPoint Scatter(GeoPoint center, double maxKm, Random random)
    {
        var distanceKm = maxKm * Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        var dLat = distanceKm * Math.Cos(angle) / 111.2;
        var dLon = distanceKm * Math.Sin(angle) / (111.2 * Math.Cos(center.Latitude * Math.PI / 180));
        return new GeoPoint(center.Latitude + dLat, center.Longitude + dLon);
    }
}
