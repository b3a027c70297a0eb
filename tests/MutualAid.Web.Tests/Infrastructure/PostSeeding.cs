using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;
using Npgsql;

namespace MutualAid.Web.Tests.Infrastructure;

public static class PostSeeding
{
    public static async Task<int> CategoryIdAsync(this MutualAidApp app, string name) =>
        await app.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Id).FirstAsync());

    public static async Task<Post> AddPostAsync(this MutualAidApp app, string authorId, PostKind kind, string title,
        GeoPoint at, string category = "Meals", string details = "", DateTime? createdAt = null, Urgency urgency = Urgency.Whenever,
        double radiusKm = 3)
    {
        var categoryId = await app.CategoryIdAsync(category);
        var post = Post.Create(authorId, kind, new PostContent(categoryId, title, details, at, radiusKm, urgency),
            createdAt ?? app.Clock.GetUtcNow().UtcDateTime);
        await app.WithDbAsync(async db =>
        {
            db.Posts.Add(post);
            return await db.SaveChangesAsync();
        });
        return post;
    }

    public static Task<Post?> FindPostAsync(this MutualAidApp app, int id) =>
        app.WithDbAsync(db => db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id));

    // Straight into the database, as another program would: the app sees no change to evict for.
    public static async Task RetitleBehindTheAppsBackAsync(this MutualAidApp app, int postId, string title)
    {
        await using DbConnection connection = TestDatabase.IsPostgres ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Posts\" SET \"Title\" = @title WHERE \"Id\" = @id";
        foreach (var (name, value) in new (string, object)[] { ("title", title), ("id", postId) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
