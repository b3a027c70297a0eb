using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// One SQLite file per post count, built with the app's migrations and kept under the temp folder
// so that reruns skip the seeding. Delete the folder after changing BenchmarkData.
public static partial class BenchmarkDatabase
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "mutualaid-bench");

    public static string ConnectionString(int postCount) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, $"posts-{postCount}.db") }.ToString();

    public static DbContextOptions<AppDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options;

    // Returns the connection string of a ready database, creating it on first use.
    public static string EnsureCreated(int postCount)
    {
        var path = Path.Combine(Folder, $"posts-{postCount}.db");
        if (File.Exists(path))
        {
            // A cached database from an older build gets the newer migrations, keeping its posts.
            using var db = new AppDbContext(Options(ConnectionString(postCount)));
            db.Database.Migrate();
            return ConnectionString(postCount);
        }

        Directory.CreateDirectory(Folder);
        // Built under another name and renamed when complete, so an interrupted run is not reused.
        var building = $"{path}.{Environment.ProcessId}.building";
        File.Delete(building);
        var started = DateTime.UtcNow;
        Seed(building, postCount);
        SqliteConnection.ClearAllPools();
        File.Move(building, path, overwrite: true);
        Console.WriteLine($"// Seeded {postCount:N0} posts into {path} in {(DateTime.UtcNow - started).TotalSeconds:N1} s");
        return ConnectionString(postCount);
    }

    private static void Seed(string path, int postCount)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        using (var db = new AppDbContext(Options(connectionString)))
        {
            db.Database.Migrate();
            db.Categories.AddRange(Category.Seeds.Select((_, index) => Category.Seeded(index)));
            db.SaveChanges();
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF;");
        using (var transaction = connection.BeginTransaction())
        {
            var authorIds = BenchmarkData.AuthorIds();
            InsertAuthors(connection, transaction, authorIds);
            BenchmarkBlocks.Insert(connection, transaction, authorIds, BenchmarkData.Now);
            InsertPosts(connection, transaction, BenchmarkData.Posts(postCount, authorIds));
            // What PostLanguages.SyncAsync writes, for every post at once: asked and authors' languages.
            Execute(connection, """
                INSERT INTO PostLanguages (PostId, Code)
                SELECT p.Id, j.value FROM Posts p, json_each(p.AskedLanguages) j
                UNION SELECT p.Id, j.value FROM Posts p JOIN AspNetUsers u ON u.Id = p.AuthorId, json_each(u.SpokenLanguages) j;
                """);
            transaction.Commit();
        }

        Execute(connection, "ANALYZE;");
    }

    private static void InsertAuthors(SqliteConnection connection, SqliteTransaction transaction, string[] authorIds)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, DisplayName,
                RadiusKm, CreatedAt, Notifications, DigestCategoryIds, SpokenLanguages, EmailConfirmed, SecurityStamp,
                ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
            VALUES ($id, $email, $normalized, $email, $normalized, $name,
                3, $created, 'Instant', '[]', $speaks, 1, $stamp, $stamp, 0, 0, 1, 0)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var email = command.Parameters.Add("$email", SqliteType.Text);
        var normalized = command.Parameters.Add("$normalized", SqliteType.Text);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var created = command.Parameters.Add("$created", SqliteType.Text);
        var stamp = command.Parameters.Add("$stamp", SqliteType.Text);
        var speaks = command.Parameters.Add("$speaks", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < authorIds.Length; i++)
        {
            id.Value = authorIds[i];
            email.Value = $"neighbor{i}@example.org";
            normalized.Value = $"NEIGHBOR{i}@EXAMPLE.ORG";
            name.Value = $"Neighbor {i}";
            created.Value = Format(BenchmarkData.Now.AddDays(-90));
            stamp.Value = authorIds[i];
            speaks.Value = System.Text.Json.JsonSerializer.Serialize(BenchmarkData.SpokenBy(i));
            command.ExecuteNonQuery();
        }
    }

    private static void InsertPosts(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Post> posts)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO Posts (AuthorId, Kind, CategoryId, Title, Details, Latitude, Longitude, CellRow, CellColumn,
                PublicLatitude, PublicLongitude, RadiusKm, Urgency, NeededBy, IsStanding, Status,
                CreatedAt, UpdatedAt, ExpiresAt, AskedLanguages)
            VALUES ($author, $kind, $category, $title, $details, $lat, $lon, $row, $column,
                $publicLat, $publicLon, $radius, $urgency, NULL, $standing, $status,
                $created, $updated, $expires, $asked)
            """;
        var author = command.Parameters.Add("$author", SqliteType.Text);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var category = command.Parameters.Add("$category", SqliteType.Integer);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var details = command.Parameters.Add("$details", SqliteType.Text);
        var lat = command.Parameters.Add("$lat", SqliteType.Real);
        var lon = command.Parameters.Add("$lon", SqliteType.Real);
        var row = command.Parameters.Add("$row", SqliteType.Integer);
        var column = command.Parameters.Add("$column", SqliteType.Integer);
        var publicLat = command.Parameters.Add("$publicLat", SqliteType.Real);
        var publicLon = command.Parameters.Add("$publicLon", SqliteType.Real);
        var radius = command.Parameters.Add("$radius", SqliteType.Real);
        var urgency = command.Parameters.Add("$urgency", SqliteType.Integer);
        var standing = command.Parameters.Add("$standing", SqliteType.Integer);
        var status = command.Parameters.Add("$status", SqliteType.Text);
        var created = command.Parameters.Add("$created", SqliteType.Text);
        var updated = command.Parameters.Add("$updated", SqliteType.Text);
        var expires = command.Parameters.Add("$expires", SqliteType.Text);
        var asked = command.Parameters.Add("$asked", SqliteType.Text);
        command.Prepare();
        foreach (var post in posts)
        {
            author.Value = post.AuthorId;
            kind.Value = post.Kind.ToString();
            category.Value = post.CategoryId;
            title.Value = post.Title;
            details.Value = post.Details;
            lat.Value = post.Latitude;
            lon.Value = post.Longitude;
            row.Value = post.CellRow;
            column.Value = post.CellColumn;
            publicLat.Value = post.PublicLatitude;
            publicLon.Value = post.PublicLongitude;
            radius.Value = post.RadiusKm;
            urgency.Value = (int)post.Urgency;
            standing.Value = post.IsStanding ? 1 : 0;
            status.Value = post.Status.ToString();
            created.Value = Format(post.CreatedAt);
            updated.Value = Format(post.UpdatedAt);
            expires.Value = Format(post.ExpiresAt);
            asked.Value = System.Text.Json.JsonSerializer.Serialize(post.AskedLanguages);
            command.ExecuteNonQuery();
        }
    }

    // The text EF Core's SQLite provider writes for a DateTime, so string comparisons in SQL agree.
    private static string Format(DateTime value) =>
        value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
