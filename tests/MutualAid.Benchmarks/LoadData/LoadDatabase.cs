using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Matching;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks.LoadData;

// Fills a new SQLite file, built with the app's migrations, with a city's worth of neighbors
// and open posts, some answers, matches and sent emails. Deterministic for a given size.
public static class LoadDatabase
{
    private const int BatchSize = 5000;

    public static async Task CreateAsync(string path, int postCount, DateTime now, TextWriter? log = null)
    {
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm" })
        {
            File.Delete(file);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options;
        int[] categoryIds;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Categories.AddRange(Category.Seeds.Select((_, index) => Category.Seeded(index)));
            await db.SaveChangesAsync();
            categoryIds = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).ToArrayAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        var random = new Random(postCount);
        var neighbors = NewNeighbors(LoadCity.NeighborCountFor(postCount), random, now);
        await InsertAsync(options, neighbors);
        log?.WriteLine($"{neighbors.Count:N0} neighbors");

        var posts = Enumerable.Range(0, postCount).Select(_ => NewPost(neighbors[random.Next(neighbors.Count)], categoryIds, random, now)).ToList();
        await InsertAsync(options, posts);
        log?.WriteLine($"{posts.Count:N0} posts");

        // One post in twenty has an answer waiting; one need in ten was matched with an offer.
        var answers = posts.Where((_, i) => i % 20 == 0)
            .Select(p => p.ReceiveAnswer(OtherThan(p.AuthorId, neighbors, random), "I can help with this, tell me when.", now))
            .ToList();
        await InsertAsync(options, answers);
        var matches = Matches(posts, now);
        await InsertAsync(options, matches);
        var sent = neighbors.Take(Math.Min(1000, neighbors.Count)).Select(n => SentEmail(n, now)).ToList();
        await InsertAsync(options, sent);
        log?.WriteLine($"{answers.Count:N0} answers, {matches.Count:N0} matches, {sent.Count:N0} sent emails");
    }

    // Emails waiting to go out, for measuring how fast the outbox drains.
    public static async Task QueueEmailsAsync(string path, int count, DateTime now)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options;
        await InsertAsync(options, Enumerable.Range(0, count).Select(i => new OutboxMessage(Email(i), now)).ToList());
    }

    private static EmailMessage Email(int index) => new(
        LoadCity.Email(index), "A neighbor answered your post",
        "Someone nearby can help. Open the site to see who.", "<p>Someone nearby can help. Open the site to see who.</p>", null);

    private static OutboxMessage SentEmail(Neighbor neighbor, DateTime now)
    {
        var message = new OutboxMessage(Email(0) with { To = neighbor.Email! }, now.AddDays(-1));
        message.MarkSent(now.AddDays(-1));
        return message;
    }

    private static List<Neighbor> NewNeighbors(int count, Random random, DateTime now)
    {
        // One hash serves every neighbor: Identity's hasher salts it, not keys it to the user.
        var hash = new PasswordHasher<Neighbor>().HashPassword(new Neighbor(), LoadCity.Password);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var email = LoadCity.Email(i);
            var neighbor = new Neighbor
            {
                Id = $"load-{i:D7}",
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = $"stamp-{i}",
                DisplayName = $"Neighbor {i}",
                RadiusKm = 2 + random.Next(4),
                CreatedAt = now.AddDays(-random.Next(30, 400)),
                FirstLoggedInAt = now.AddDays(-random.Next(1, 30)),
            };
            neighbor.MoveHome(LoadCity.RandomHome(random), null);
            return neighbor;
        })];
    }

    private static Post NewPost(Neighbor author, int[] categoryIds, Random random, DateTime now)
    {
        var kind = random.Next(2) == 0 ? PostKind.Need : PostKind.Offer;
        var (categoryIndex, title, details) = LoadCity.RandomText(kind, random);
        var content = new PostContent(categoryIds[categoryIndex - 1], title, details, LoadCity.Near(author.Home!.Value, random),
            LoadCity.RandomRadiusKm(random), (Urgency)random.Next(3), IsStanding: kind == PostKind.Offer && random.Next(3) == 0);
        return Post.Create(author.Id, kind, content, now.AddMinutes(-random.Next(10, 60 * 24 * 25)));
    }

    // Each need in ten paired with the next offer in the same category from another author.
    private static List<Match> Matches(List<Post> posts, DateTime now)
    {
        var lastOffer = new Dictionary<int, Post>();
        var matches = new List<Match>();
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (post.Kind == PostKind.Offer)
            {
                lastOffer[post.CategoryId] = post;
            }
            else if (i % 10 == 1 && lastOffer.TryGetValue(post.CategoryId, out var offer) && offer.AuthorId != post.AuthorId)
            {
                var distance = post.Cell.DistanceKmTo(offer.Cell);
                matches.Add(new Match(post.Id, offer.Id, distance, now) { NeedAuthorNotifiedAt = now, OfferAuthorNotifiedAt = now });
            }
        }

        return matches;
    }

    private static string OtherThan(string authorId, List<Neighbor> neighbors, Random random)
    {
        while (true)
        {
            var other = neighbors[random.Next(neighbors.Count)].Id;
            if (other != authorId)
            {
                return other;
            }
        }
    }

    private static async Task InsertAsync<T>(DbContextOptions<AppDbContext> options, List<T> rows)
        where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var db = new AppDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
